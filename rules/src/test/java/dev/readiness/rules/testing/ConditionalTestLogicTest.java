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
        // the markers in branches and assertsInALoopOverAResult carry the test and the construct found
        List<Finding> findings = RuleSampleVerifier.forRule(ConditionalTestLogic.class, work)
                .verify("conditional-test-logic");

        assertThat(findings).hasSize(14);
    }
}
