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
                .containsExactly("com.example.Ledger", "com.example.OrderDesk");
        assertThat(findings.get(0).message()).isEqualTo("Class 'Ledger' has 3 unrelated groups of methods (LCOM4 3): "
                + "{book, size} on entries; {switchCurrency, label} on currency; {print} on printed. They share no "
                + "field and no call: split the class along these groups so each part can be understood and "
                + "changed on its own.");
        assertThat(findings.get(1).message()).contains("{addLine, total} on amounts; {record, auditTrail} on audit, "
                + "auditEntries.");
    }
}
