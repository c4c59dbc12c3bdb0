package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.rules.hygiene.ConsoleLogging;
import dev.readiness.rules.modularity.TooManyParameters;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSampleVerifierTest {

    @TempDir
    Path work;

    @Test
    void failsListingMissingAndUnexpectedFindings() {
        assertThatThrownBy(() -> RuleSampleVerifier.forRule(TooManyParameters.class, work).verify("verifier-self-test"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing (marker, no finding):\n    "
                        + "src/main/java/com/example/Mismatch.java:9 modularity/too-many-parameters")
                .hasMessageContaining("unexpected (finding, no marker):\n    "
                        + "src/main/java/com/example/Mismatch.java:6 modularity/too-many-parameters")
                .hasMessageNotContaining("Mismatch.java:12");
    }

    @Test
    void ignoresMarkersOfRulesNotUnderTest() {
        assertThat(RuleSampleVerifier.forRules(List.of(ConsoleLogging.class), work).verify("verifier-self-test"))
                .isEmpty();
    }

    @Test
    void unknownSampleIsAnError() {
        assertThatThrownBy(() -> RuleSampleVerifier.forRule(TooManyParameters.class, work).verify("no-such-sample"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
