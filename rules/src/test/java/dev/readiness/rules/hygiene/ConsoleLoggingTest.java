package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLoggingTest {

    @TempDir
    Path work;

    @Test
    void reportsConsoleOutputInProductionCodeOutsideCommandLinePrograms() {
        // the markers carry the call each finding names
        List<Finding> findings = RuleSampleVerifier.forRule(ConsoleLogging.class, work).verify("console-logging");

        assertThat(findings).hasSize(10);
    }

    @Test
    void leavesPrintStackTraceOnlyCatchBlocksToSwallowedException() {
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(ConsoleLogging.class, SwallowedException.class),
                work).verify("console-logging");

        assertThat(findings).filteredOn(finding -> finding.ruleId().equals("hygiene/swallowed-exception")).hasSize(1);
    }
}
