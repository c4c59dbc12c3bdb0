package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrainClassTest {

    @TempDir
    Path work;

    @Test
    void reportsLargeNonCohesiveClassesWithBrainMethodsButNotCohesiveOrMerelyLargeOnes() {
        List<Finding> findings = RuleSampleVerifier.forRule(BrainClass.class, work).verify("brain-class");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.location().enclosingSymbol()).isEqualTo("com.example.ReportEngine");
            assertThat(finding.message()).startsWith("Class 'ReportEngine' is a brain class: 268 lines of code, "
                    + "weighted method count 51 (threshold 47), tight class cohesion 0.10 (below 0.50) and 2 brain "
                    + "methods: summarize (line 14, 78 lines, cyclomatic 12), reconcile (line 95, 78 lines, "
                    + "cyclomatic 12).");
        });
    }
}
