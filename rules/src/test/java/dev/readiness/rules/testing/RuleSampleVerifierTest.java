package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.hygiene.ConsoleLogging;
import dev.readiness.rules.modularity.DeepNesting;
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
    void acceptsMarkersWithATextAndMarkersStackedAboveTheReportedLine() {
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(TooManyParameters.class, DeepNesting.class), work)
                .verify("verifier-markers");

        assertThat(findings).extracting(finding -> finding.location().region().startLine(), Finding::ruleId)
                .containsExactlyInAnyOrder(tuple(8, "modularity/too-many-parameters"), tuple(8, "modularity/deep-nesting"),
                        tuple(24, "modularity/too-many-parameters"));
    }

    @Test
    void aMarkerAboveABlankLineAndAWrongTextFailNamingPlaceTextAndMessage() {
        assertThatThrownBy(() -> RuleSampleVerifier.forRule(TooManyParameters.class, work)
                .verify("verifier-misplaced-markers"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing (marker, no finding):\n    "
                        + "src/main/java/com/example/Misplaced.java:7 modularity/too-many-parameters (marker on line 6)\n    "
                        + "src/main/java/com/example/Misplaced.java:11 modularity/too-many-parameters \"has 7 parameters\": "
                        + "reported there \"Method 'wrongText' has 5 parameters (threshold 4): ")
                .hasMessageContaining("unexpected (finding, no marker):\n    "
                        + "src/main/java/com/example/Misplaced.java:8 modularity/too-many-parameters \"Method "
                        + "'belowTheBlankLine' has 5 parameters (threshold 4): ")
                .hasMessageContaining("src/main/java/com/example/Misplaced.java:11 modularity/too-many-parameters "
                        + "\"Method 'wrongText' has 5 parameters (threshold 4): ");
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
