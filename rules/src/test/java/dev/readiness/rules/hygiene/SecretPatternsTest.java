package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SecretPatternsTest {

    @Test
    void shannonEntropyCountsBitsPerCharacter() {
        assertThat(SecretPatterns.shannonEntropy("aaaaaaaa")).isZero();
        assertThat(SecretPatterns.shannonEntropy("abcdefgh")).isCloseTo(3.0, within(1e-9));
        assertThat(SecretPatterns.shannonEntropy("aabb")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void masksAllButAQuarterOfAtMostFourCharacters() {
        assertThat(SecretPatterns.mask(FakeSecrets.AWS_KEY_ID)).isEqualTo("AKIA\u2026(20 chars)");
        assertThat(SecretPatterns.mask("Xk9vQ2pL")).isEqualTo("Xk\u2026(8 chars)");
        assertThat(SecretPatterns.mask("abc")).isEqualTo("\u2026(3 chars)");
    }

    @Test
    void findsCredentialsInJsonButNotPlaceholders() {
        assertThat(SecretPatterns.find("{\"apiKey\": \"" + FakeSecrets.PASSWORD + "\"}", false))
                .extracting(SecretPatterns.Match::kind).containsExactly("credential");
        assertThat(SecretPatterns.find("{\"apiKey\": \"${API_KEY}\", \"token\": \"your-token-here\"}", false))
                .isEmpty();
    }

    @Test
    void unquotedAssignmentsCountOnlyOutsideJava() {
        String line = "password=" + FakeSecrets.PASSWORD;

        assertThat(SecretPatterns.find(line, false)).hasSize(1);
        assertThat(SecretPatterns.find(line, true)).isEmpty();
    }
}
