package dev.readiness.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretPatternsTest {

    // Split so that no line of this file holds a whole key (our own scan stays clean); the test kit's FakeSecrets,
    // which the other modules use, depends on this module and so cannot serve its tests.
    private static final String AWS_KEY_ID = "AKIA" + "QZ7WX3EC9RV5TB1Y";
    private static final String SLACK_TOKEN = "xox" + "b-" + "QZ7WX3EC9RV5-" + "qWeRtY7uIoP3aSdF9gHjK2lZ";
    private static final String PASSWORD = "Xk9" + "vQ2pLm4Tz";

    @Test
    void shannonEntropyCountsBitsPerCharacter() {
        assertThat(SecretPatterns.shannonEntropy("aaaaaaaa")).isZero();
        assertThat(SecretPatterns.shannonEntropy("abcdefgh")).isCloseTo(3.0, within(1e-9));
        assertThat(SecretPatterns.shannonEntropy("aabb")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void masksAllButAQuarterOfAtMostFourCharacters() {
        assertThat(SecretPatterns.mask(AWS_KEY_ID)).isEqualTo("AKIA\u2026(20 chars)");
        assertThat(SecretPatterns.mask("Xk9vQ2pL")).isEqualTo("Xk\u2026(8 chars)");
        assertThat(SecretPatterns.mask("abc")).isEqualTo("\u2026(3 chars)");
    }

    @Test
    void findsCredentialsInJsonButNotPlaceholders() {
        assertThat(SecretPatterns.find("{\"apiKey\": \"" + PASSWORD + "\"}", SecretPatterns.Text.CONFIGURATION))
                .extracting(SecretPatterns.Match::kind).containsExactly("credential");
        assertThat(SecretPatterns.find("{\"apiKey\": \"${API_KEY}\", \"token\": \"your-token-here\"}",
                SecretPatterns.Text.CONFIGURATION))
                .isEmpty();
    }

    @Test
    void unquotedAssignmentsCountOnlyOutsideJava() {
        String line = "password=" + PASSWORD;

        assertThat(SecretPatterns.find(line, SecretPatterns.Text.CONFIGURATION)).hasSize(1);
        assertThat(SecretPatterns.find(line, SecretPatterns.Text.JAVA)).isEmpty();
    }

    @Test
    void messageBundlesKeepKnownFormatsButNotRandomLookingLabels() {
        assertThat(SecretPatterns.find("password.hint=Lieblingstier?", SecretPatterns.Text.CONFIGURATION)).hasSize(1);
        assertThat(SecretPatterns.find("password.hint=Lieblingstier?", SecretPatterns.Text.MESSAGE_BUNDLE)).isEmpty();
        assertThat(SecretPatterns.find("hook=" + SLACK_TOKEN, SecretPatterns.Text.MESSAGE_BUNDLE))
                .extracting(SecretPatterns.Match::kind).containsExactly("Slack token");
    }

    @Test
    void pathsAndIdentifiersWithTrailingPunctuationDoNotLookRandom() {
        assertThat(SecretPatterns.looksRandom("/etc/passwd")).isFalse();
        assertThat(SecretPatterns.looksRandom("./keys/server-01.pem")).isFalse();
        assertThat(SecretPatterns.looksRandom("TokenTypes.")).isFalse();
        // constant names ending in digits, as a syntax theme's token="RESERVED_WORD_2" (JMeter) or a dotted version
        assertThat(SecretPatterns.looksRandom("RESERVED_WORD_2")).isFalse();
        assertThat(SecretPatterns.looksRandom("LITERAL_NUMBER_DECIMAL_INT")).isFalse();
        assertThat(SecretPatterns.looksRandom("api.v2.client_id")).isFalse();
        assertThat(SecretPatterns.find("<replace token=\".beginColumn\" value=\".getStartColumn()\">",
                SecretPatterns.Text.CONFIGURATION)).isEmpty();
        // the characters JSPWiki composes passwords from, written out in order: an alphabet, no secret
        assertThat(SecretPatterns.looksRandom("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789+@")).isFalse();
        assertThat(SecretPatterns.find("static final String PWD_BASE = \"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789+@\";",
                SecretPatterns.Text.JAVA)).isEmpty();
        // a header field's label, joined to the key it names (JGit's AWS request signer)
        assertThat(SecretPatterns.looksRandom("Credential=")).isFalse();
        assertThat(SecretPatterns.looksRandom(PASSWORD)).isTrue();
        // Roller's error message joins the configured algorithm into the text: an expression, not a value
        assertThat(SecretPatterns.find("throw new RuntimeException(\"passwds.encryption.algorithm=\"+algorithm+\" is outdated\");",
                SecretPatterns.Text.JAVA)).isEmpty();
        assertThat(SecretPatterns.find("log(\"passwds.lazyUpgradeFrom=\" + migrateFrom + \" is no valid encoding\");",
                SecretPatterns.Text.JAVA)).isEmpty();
        // Truth's antrun strips annotations from sources: the token is an annotation's name
        assertThat(SecretPatterns.find("<replace token=\"@NullMarked\" value=\"\">",
                SecretPatterns.Text.CONFIGURATION)).isEmpty();
        assertThat(SecretPatterns.find("<style token=\"RESERVED_WORD_2\" fg=\"A9B7C6\"/>",
                SecretPatterns.Text.CONFIGURATION)).isEmpty();
        // a placeholder spelled with digits for letters: "change me now" in Tomcat's documentation
        assertThat(SecretPatterns.isPlaceholder("chang3m3N#w")).isTrue();
        assertThat(SecretPatterns.isPlaceholder("P@ssw0rd!")).isTrue();
        assertThat(SecretPatterns.isPlaceholder(PASSWORD)).isFalse();
        // a random key that happens to spell a placeholder word with digits is still a key
        assertThat(SecretPatterns.isPlaceholder("AKIA" + "QZ7E57RWKJ9HXVBN")).isFalse();
        // a digit between letters is no word boundary: random tokens still look random
        assertThat(SecretPatterns.looksRandom("aB3dE5fG7hJ9kL2mN")).isTrue();
        assertThat(SecretPatterns.looksRandom("x7Gh_9kLm-QpR2")).isTrue();
        assertThat(SecretPatterns.looksRandom("Passw0rd_2024")).isTrue();
        assertThat(SecretPatterns.looksRandom("/9j/4AAQSkZJRgABAQ")).isTrue();
        // a header field's label, joined to the key it names (JGit's AWS request signer)
        assertThat(SecretPatterns.looksRandom("Credential=")).isFalse();
        assertThat(SecretPatterns.looksRandom(PASSWORD)).isTrue();
    }

    @Test
    void aPrivateKeyHeaderNeedsKeyMaterialAfterIt() {
        assertThat(SecretPatterns.hasKeyMaterial("\\n\" +\n    \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n\" +")).isTrue();
        assertThat(SecretPatterns.hasKeyMaterial("\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ")).isTrue();
        assertThat(SecretPatterns.hasKeyMaterial("\";\n    private static final String FOOTER = \"-----END\";"))
                .isFalse();
        assertThat(SecretPatterns.hasKeyMaterial("\";\n\n    String getPrivateKeyFromString(String text) {")).isFalse();
    }

    /**
     * The rule reads files on pool threads, whose stack the JVM sizes; a quarter of the default one makes the check
     * independent of how small the JIT makes each frame.
     */
    private static final long SMALL_STACK_BYTES = 256 * 1024;

    static Stream<String> valuesAsLongAsTheLongestScannedLine() {
        int length = SecretPatterns.MAX_LINE_LENGTH - "db.password=".length();
        String letters = "bcdfghjklmnpqrstvwz";
        String segments = IntStream.range(0, length).mapToObj(i -> String.valueOf(letters.charAt(i * 7 % letters.length())))
                .collect(Collectors.joining());
        return Stream.of(
                // a path: where a secret is, not the secret
                segments.replaceAll("(...)", "/$1").substring(0, length),
                // a dotted identifier: a property key, not the secret
                segments.replaceAll("(...)", "$1.").substring(0, length - 1) + "b");
    }

    @ParameterizedTest
    @MethodSource("valuesAsLongAsTheLongestScannedLine")
    void aValueAsLongAsTheLongestScannedLineIsJudgedOnASmallStack(String value) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(SecretPatterns.find("db.password=" + value, SecretPatterns.Text.CONFIGURATION));
            } catch (StackOverflowError e) {
                outcome.set(e);
            }
        }, "small-stack", SMALL_STACK_BYTES);
        thread.start();
        thread.join();

        assertThat(outcome.get()).isEqualTo(List.of());
    }
}
