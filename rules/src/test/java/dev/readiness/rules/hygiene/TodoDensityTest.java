package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodoDensityTest {

    @TempDir
    Path work;

    @Test
    void reportsFilesDenseWithMarkersAtTheFirstOne() {
        List<Finding> findings = RuleSampleVerifier.forRule(TodoDensity.class, work).verify("todo-density");

        // not in the markers: their own words would count as to-do markers
        assertThat(findings).extracting(Finding::message).satisfiesExactly(
                invoicing -> assertThat(invoicing).startsWith("4 to-do markers (1 FIXME, 1 HACK, 1 TODO, 1 XXX) in 10 "
                        + "lines of code, 400.0 per thousand (threshold 5): "),
                legacy -> assertThat(legacy).startsWith("3 to-do markers (2 FIXME, 1 HACK) in 7 lines of code, "
                        + "428.6 per thousand (threshold 5): "),
                stubs -> assertThat(stubs).startsWith("3 to-do markers (3 TODO) in "));
    }

    @Test
    void fixmeAndHackMarkersAloneMakeAWarning() {
        List<Finding> findings = RuleSampleVerifier.forRule(TodoDensity.class, work).verify("todo-density");

        assertThat(findings).extracting(finding -> finding.location().path() + " " + finding.level()).containsExactly(
                "src/main/java/com/example/Invoicing.java " + Level.NOTE,
                "src/main/java/com/example/Legacy.java " + Level.WARNING,
                "src/main/java/com/example/Stubs.java " + Level.NOTE);
    }
}
