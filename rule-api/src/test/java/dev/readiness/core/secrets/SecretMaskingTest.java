package dev.readiness.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    // Split so that no line of this file holds a whole key (our own scan stays clean).
    private static final String GITHUB_TOKEN = "ghp" + "_" + "aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4";
    private static final String AWS_KEY_ID = "AKIA" + "QZ7WX3EC9RV5TB1Y";
    private static final String PASSWORD = "Xk9" + "vQ2pLm4Tz";

    @Test
    void aMessageKeepsItsWordsAndLosesEverySecretItQuotes() {
        String message = "assertEquals compares \"" + GITHUB_TOKEN + "\" with itself; password = \"" + PASSWORD
                + "\" and " + AWS_KEY_ID + ".";

        assertThat(SecretMasking.inMessage(message)).isEqualTo("assertEquals compares \"ghp_\u2026(40 chars)\" with "
                + "itself; password = \"Xk9\u2026(12 chars)\" and AKIA\u2026(20 chars).");
    }

    @Test
    void otherTextLosesTheFormatsKnownByTheirShapeButKeepsAssignmentsItHasNoContextFor() {
        String branch = "feature/" + GITHUB_TOKEN + "-password=\"" + PASSWORD + "\"";

        assertThat(SecretMasking.inText(branch)).isEqualTo("feature/ghp_\u2026(40 chars)-password=\"" + PASSWORD + "\"");
    }

    @Test
    void aSecretNextToAControlCharacterIsStillFound() {
        assertThat(SecretMasking.inText("a\u001b" + GITHUB_TOKEN + "\nb")).isEqualTo("a\u001bghp_\u2026(40 chars)\nb");
    }

    @Test
    void textWithoutSecretsAndNullStayAsTheyAre() {
        assertThat(SecretMasking.inText("src/main/java/ghp_short.java")).isEqualTo("src/main/java/ghp_short.java");
        assertThat(SecretMasking.inMessage(null)).isNull();
    }
}
