package dev.readiness.core.score;

import static dev.readiness.core.score.ScoreFixtures.HEALTH;
import static dev.readiness.core.score.ScoreFixtures.NO_TESTS;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.testing.TestRuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What fixing a finding gains, worked out by hand: architecture, modularity, testing (0: no tests) and context are
 * measured, history and hygiene are not, so overall = (20 × architecture + 20 × modularity + 20 × 0 + 15 × context)
 * / 75, each category to one decimal.
 */
class FindingImpactTest {

    private static final ArchitectureMeasures NO_CYCLES = new ArchitectureMeasures(true, 2000, 0, 0, 0);
    private static final RuleMetadata README = TestRuleMetadata.rule("context/readme-missing-commands")
            .level(Level.WARNING).build();
    private static final RuleMetadata AGENTS = TestRuleMetadata.rule("context/agents-file").level(Level.ERROR).build();
    /** Below the precision bar: its findings count in no rate, only in what they name. */
    private static final RuleMetadata CYCLE = TestRuleMetadata.rule("architecture/package-cycle").level(Level.WARNING)
            .measured(new MeasuredPrecision(1, 4, 0, 2)).build();
    private static final RuleMetadata COMPLEX = TestRuleMetadata.rule("modularity/complex-method")
            .level(Level.WARNING).build();

    /** A whole-file rule: its fix makes the file it names healthy. */
    private static final RuleMetadata HOTSPOT = TestRuleMetadata.rule("history/hotspot").level(Level.WARNING)
            .effort(Effort.FILE).build();

    private static Finding at(RuleMetadata rule, String path, int line) {
        return ScoreFixtures.at(rule, path, Region.line(line));
    }

    private static List<Double> impacts(ArchitectureMeasures architecture, List<RuleMetadata> rules,
                                        List<Finding> findings) {
        return FindingImpact.of(new ScoreMeasures(HEALTH, NO_TESTS, architecture, null, rules, findings, Map.of()));
    }

    @Test
    void eachFindingOfAFailedChecklistItemIsWorthAnEqualShareOfWhatPassingItGains() {
        List<Finding> missing = List.of(at(README, "README.md", 1), at(README, "README.md", 2));

        List<Double> gains = impacts(NO_CYCLES, List.of(README, AGENTS, COMPLEX), missing);

        // context 3 of 5 weight passes: 60; with README fixed 100: 15 × 40 / 75 = 8.0 overall, 4.0 each
        assertThat(gains).containsExactly(4.0, 4.0);
    }

    @Test
    void fixingOneComplexMethodGainsWhatItsFileHealthGivesModularity() {
        List<Finding> complex = List.of(at(COMPLEX, "B.java", 41), at(COMPLEX, "B.java", 35));

        List<Double> gains = impacts(NO_CYCLES, List.of(README, COMPLEX), complex);

        // modularity: health (10 + 8) / 2 = 9 → 88.9; with one method fixed, B is 9.0, (10 + 9) / 2 = 9.5 → 94.4
        // overall (2000 + 20 × 88.9 + 1500) / 75 = 70.4, then (2000 + 20 × 94.4 + 1500) / 75 = 71.8: 1.4
        // line 35 lies in neither method: nothing there to fix, and modularity counts no findings
        assertThat(gains).containsExactly(1.4, 0.0);
    }

    @Test
    void fixingAPackageCycleBreaksItsCycleOnlyAndARuleBelowTheBarAddsNoRate() {
        ArchitectureMeasures.CycleCode tangled = new ArchitectureMeasures.CycleCode(Set.of("p", "q"),
                Set.of("A.java"), 1000, 1000);
        ArchitectureMeasures.CycleCode cheap = new ArchitectureMeasures.CycleCode(Set.of("r", "s"),
                Set.of("B.java"), 1000, 50);
        ArchitectureMeasures cycles = new ArchitectureMeasures(true, 2000, 2000, 4, 1050, List.of(tangled, cheap));

        List<Double> gains = impacts(cycles, List.of(README, CYCLE),
                List.of(at(CYCLE, "A.java", 3), at(CYCLE, "B.java", 3), at(CYCLE, "C.java", 3)));

        // architecture 100 × (1 − 1050 / 2000) = 47.5; without the tangled cycle 97.5, without the cheap one 50
        // overall (20 × 47.5 + 1778 + 1500) / 75 = 56.4; then 69.7 and 57.0; C.java is in no cycle
        assertThat(gains).containsExactly(13.3, 0.6, 0.0);
    }

    @Test
    void fixingAHotspotMakesItsFileHealthyForModularityAndForTheMostChangedFiles() {
        HistoryMeasures history = new HistoryMeasures(null, 8.0, 1, 4, 1, 2, List.of("B.java"));
        ScoreMeasures measures = new ScoreMeasures(HEALTH, NO_TESTS, NO_CYCLES, history, List.of(README, HOTSPOT),
                List.of(at(HOTSPOT, "B.java", 1), at(HOTSPOT, "C.java", 1)), Map.of());

        List<Double> gains = FindingImpact.of(measures);

        // history 100 × (0.6 × 7 / 9 + 0.4 × 0.5) = 66.7, modularity 88.9, context 100, testing 0, hygiene not measured:
        // (2000 + 1778 + 1000.5 + 1500) / 90 = 69.8; B healthy: history 80, modularity 100, (2000 + 2000 + 1200 + 1500)
        // / 90 = 74.4; C.java is no measured file: nothing there to fix
        assertThat(gains).containsExactly(4.6, 0.0);
    }
}
