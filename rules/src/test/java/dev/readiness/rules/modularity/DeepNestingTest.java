package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepNestingTest {

    @TempDir
    Path work;

    @Test
    void reportsProductionMethodsNestedDeeperThanFour() {
        // the markers carry each method's depth and the line of its deepest block
        List<Finding> findings = RuleSampleVerifier.forRule(DeepNesting.class, work).verify("deep-nesting");

        assertThat(findings).hasSize(2);
    }
}
