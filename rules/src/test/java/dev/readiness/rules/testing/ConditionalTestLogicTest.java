package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionalTestLogicTest {

    @TempDir
    Path work;

    @Test
    void reportsBranchesAndAssertingLoopsOverUncontrolledDataOnly() {
        List<Finding> findings = RuleSampleVerifier.forRule(ConditionalTestLogic.class, work)
                .verify("conditional-test-logic");

        assertThat(findings).hasSize(10);
        assertThat(findings).extracting(Finding::message).contains(
                "Test branches contains an if statement: what it checks depends on the path taken at run time. "
                        + "Split it into one straight-line test per case, or use a parameterized test over a fixed "
                        + "table.",
                "Test assertsInALoopOverAResult contains a loop that asserts while a runtime condition holds: what it "
                        + "checks depends on the path taken at run time. Split it into one straight-line test per "
                        + "case, or use a parameterized test over a fixed table.");
    }
}
