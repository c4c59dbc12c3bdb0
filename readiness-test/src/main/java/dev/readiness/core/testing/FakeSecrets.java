package dev.readiness.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real-looking but fake secrets, generated at test time so that no file of this repository contains one (our
 * own scan must stay clean): samples hold {@code {{name}}} placeholders that {@link #fillIn} replaces.
 */
public final class FakeSecrets {

    private static final String UPPER = "QWERTYUIOPASDFGHJKLZXCVBNM0123456789";
    private static final String MIXED = "qWeRtY7uIoP3aSdF9gHjK2lZxC5vBnM8QwE4rTy6UiOp1";

    public static final String AWS_KEY_ID = "AKIA" + generate(UPPER, 16, 7);
    public static final String AWS_SECRET = generate(MIXED, 40, 11);
    public static final String GITHUB_TOKEN = "ghp" + "_" + generate(MIXED, 36, 5);
    public static final String SLACK_TOKEN = "xox" + "b-" + generate(UPPER, 12, 5) + "-" + generate(MIXED, 24, 7);
    public static final String GOOGLE_KEY = "AI" + "za" + generate(MIXED, 35, 13);
    public static final String STRIPE_KEY = "sk" + "_live_" + generate(MIXED, 28, 3);
    public static final String PASSWORD = "Xk9" + "vQ2pLm4Tz";
    public static final String JWT = "ey" + "J" + generate(MIXED, 20, 7) + ".ey" + "J" + generate(MIXED, 30, 11) + "."
            + generate(MIXED, 43, 13);
    public static final String PEM_HEADER = "-----BEGIN RSA PRIVATE" + " KEY-----";

    public static final Map<String, String> BY_PLACEHOLDER = Map.of(
            "{{aws-key-id}}", AWS_KEY_ID,
            "{{aws-secret}}", AWS_SECRET,
            "{{github-token}}", GITHUB_TOKEN,
            "{{slack-token}}", SLACK_TOKEN,
            "{{google-key}}", GOOGLE_KEY,
            "{{stripe-key}}", STRIPE_KEY,
            "{{password}}", PASSWORD,
            "{{jwt}}", JWT,
            "{{pem-header}}", PEM_HEADER);

    private FakeSecrets() {
    }

    /** Characters of {@code alphabet} picked with a fixed stride: varied, deterministic, high entropy. */
    private static String generate(String alphabet, int length, int stride) {
        StringBuilder text = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            text.append(alphabet.charAt((index * stride + index / alphabet.length()) % alphabet.length()));
        }
        return text.toString();
    }

    /** Replaces every placeholder in the files under {@code directory}. */
    public static Path fillIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> entry : BY_PLACEHOLDER.entrySet()) {
                    text = text.replace(entry.getKey(), entry.getValue());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }
}
