package dev.readiness.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
        assertThat(SecretPatterns.looksRandom("/9j/4AAQSkZJRgABAQ")).isTrue();
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
}
