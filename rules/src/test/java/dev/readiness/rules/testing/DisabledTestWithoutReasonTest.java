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
        List<Finding> findings = RuleSampleVerifier.forRule(DisabledTestWithoutReason.class, work)
                .verify("disabled-test-without-reason");

        String advice = "Say why and when it can come back (@Disabled(\"flaky on CI, see #123\"), @Ignore(\"...\"), "
                + "TestNG description = \"...\"), or fix or delete the test.";
        assertThat(findings).hasSize(10);
        assertThat(findings).extracting(Finding::message).contains(
                "Test bare is disabled without a reason. " + advice,
                "Test class Overdraft is disabled without a reason, so all its tests are off. " + advice,
                "Test class DisabledTestNgClassTest is disabled without a reason, so all its tests are off. " + advice);
    }
}
