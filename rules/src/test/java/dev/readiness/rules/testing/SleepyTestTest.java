package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SleepyTestTest {

    @TempDir
    Path work;

    @Test
    void reportsFixedPausesInTestsAndTheirHelpersButNotInFakesOrAwaitility() {
        // the marker of TimeUnit.SECONDS.sleep carries the call as the message names it
        List<Finding> findings = RuleSampleVerifier.forRule(SleepyTest.class, work).verify("sleepy-test");

        assertThat(findings).hasSize(11);
        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol())
                .contains("com.example.PollerTest#waitForIt()", "com.example.AbstractPollingIT#settle()");
    }
}
