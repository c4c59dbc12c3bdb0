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
    void reportsConsoleOutputInProductionCodeOutsideMain() {
        List<Finding> findings = RuleSampleVerifier.forRule(ConsoleLogging.class, work).verify("console-logging");

        assertThat(findings.get(0).message()).isEqualTo("Production code calls System.out.println(): use the "
                + "project's logger (e.g. SLF4J log.info(...)) so the output has a level and context and can be "
                + "routed or silenced.");
        assertThat(findings).extracting(Finding::message).contains("Production code calls printStackTrace(): use "
                + "the project's logger (e.g. SLF4J log.error(\"what failed\", e)) so the output has a level and "
                + "context and can be routed or silenced.");
    }

    @Test
    void leavesPrintStackTraceOnlyCatchBlocksToSwallowedException() {
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(ConsoleLogging.class, SwallowedException.class),
                work).verify("console-logging");

        assertThat(findings).filteredOn(finding -> finding.ruleId().equals("hygiene/swallowed-exception")).hasSize(1);
    }
}
