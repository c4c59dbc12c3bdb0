package dev.readiness.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.RemediationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One order of importance: the score gain first, then level, then place; one rule holds at most 3 of the top 10. */
class FindingPriorityTest {

    private static final ScanTarget TARGET = new ScanTarget("shop", "", null, null, null, false, "Not a Git repository",
            null);

    private static Finding finding(String rule, Level level, String path) {
        return new Finding(rule, level, "m", Location.ofLine(path, 1), List.of());
    }

    private static AnalysisResult result(List<Finding> findings, List<Double> gains) {
        return AnalysisResult.builder(TARGET, new ReadinessScore(null, List.of())).findings(findings)
                .impacts(FindingImpacts.of(findings, gains, RemediationPlan.NONE)).build();
    }

    @Test
    void theBiggestGainComesFirstThenTheLevelThenThePlace() {
        Finding noteWorthSeven = finding("architecture/package-cycle", Level.NOTE, "p/A.java");
        Finding errorWorthNothing = finding("hygiene/console-logging", Level.ERROR, "p/B.java");
        Finding warningWorthNothing = finding("hygiene/broad-catch", Level.WARNING, "p/A.java");
        Finding warningWorthThree = finding("context/no-ci", Level.WARNING, "README.md");
        List<Finding> findings = List.of(errorWorthNothing, warningWorthThree, warningWorthNothing, noteWorthSeven);

        AnalysisResult result = result(findings, List.of(0.0, 3.0, 0.0, 7.0));

        assertThat(FindingPriority.order(result, result.activeFindings()))
                .containsExactly(noteWorthSeven, warningWorthThree, errorWorthNothing, warningWorthNothing);
    }

    @Test
    void oneRuleHoldsAtMostThreeOfTheFirstTenAndWhatItHeldBackFollows() {
        List<Finding> findings = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> {
            findings.add(finding("modularity/complex-method", Level.WARNING, "p/Big" + i + ".java"));
            gains.add(2.0);
        });
        IntStream.range(0, 3).forEach(i -> {
            findings.add(finding("hygiene/console-logging", Level.NOTE, "p/Log" + i + ".java"));
            gains.add(0.0);
        });

        List<Finding> ordered = FindingPriority.order(result(findings, gains), findings);

        assertThat(ordered).extracting(finding -> finding.location().path()).containsExactly(
                "p/Big0.java", "p/Big1.java", "p/Big2.java", "p/Log0.java", "p/Log1.java", "p/Log2.java",
                "p/Big3.java", "p/Big4.java", "p/Big5.java");
    }
}
