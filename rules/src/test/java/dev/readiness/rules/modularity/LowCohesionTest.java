package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LowCohesionTest {

    @TempDir
    Path work;

    @Test
    void reportsClassesWhoseMethodsFallIntoUnrelatedGroupsButNotDataHoldersUtilitiesOrSmallClasses() {
        List<Finding> findings = RuleSampleVerifier.forRule(LowCohesion.class, work).verify("low-cohesion");

        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol())
                .containsExactly("com.example.Ledger", "com.example.OrderDesk", "com.example.ShiftLog");
        // the markers carry the groups of each class and the fields they work on
    }
}
