package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.config.RuleSettings;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepNestingTest {

    @TempDir
    Path work;

    @Test
    void atCodeScenesBarReportsProductionMethodsNestedDeeperThanFour() {
        // the markers carry each method's depth and the line of its deepest block
        List<Finding> findings = RuleSampleVerifier.forRule(DeepNesting.class, work).withConfig(threshold(4))
                .verify("deep-nesting");

        assertThat(findings).hasSize(2);
    }

    @Test
    void byDefaultOnlyMethodsNestedSixOrMoreLevelsAreReported() {
        // five levels (a loop in a loop in a try ...) stay quiet; six are reported
        List<Finding> findings = RuleSampleVerifier.forRule(DeepNesting.class, work).verify("deep-nesting-calibrated");

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("6 levels deep (threshold " + DeepNesting.REPORT_THRESHOLD + ")");
    }

    private static ReadinessConfig threshold(int value) {
        return ReadinessConfig.EMPTY.withRule("modularity/deep-nesting",
                new RuleSettings(true, null, Map.of("threshold", (double) value)));
    }
}
