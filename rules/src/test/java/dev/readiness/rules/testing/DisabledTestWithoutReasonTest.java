package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisabledTestWithoutReasonTest {

    @TempDir
    Path work;

    @Test
    void reportsDisabledTestsAndClassesThatGiveNoReason() {
        // the markers of a method, a nested class and a TestNG class carry what is disabled
        List<Finding> findings = RuleSampleVerifier.forRule(DisabledTestWithoutReason.class, work)
                .verify("disabled-test-without-reason");

        assertThat(findings).hasSize(18);
    }
}
