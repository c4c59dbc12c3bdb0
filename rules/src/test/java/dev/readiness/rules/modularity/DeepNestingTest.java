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
        List<Finding> findings = RuleSampleVerifier.forRule(DeepNesting.class, work).verify("deep-nesting");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Method 'route' nests control flow 5 levels deep (threshold 4), deepest at line 16: flatten it "
                        + "with guard clauses and extract the inner blocks into well-named methods.",
                "Method 'handler' nests control flow 5 levels deep (threshold 4), deepest at line 61: flatten it "
                        + "with guard clauses and extract the inner blocks into well-named methods.");
    }
}
