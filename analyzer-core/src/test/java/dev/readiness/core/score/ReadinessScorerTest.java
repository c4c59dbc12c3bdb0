package dev.readiness.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.EvidenceMetrics;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.testing.TestRuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The formulas of docs/scoring.md "Readiness score", on hand-made measures. */
class ReadinessScorerTest {

    private static final CodeHealthSummary HEALTH = CodeHealthSummary.of(List.of(
            new FileHealth("A.java", 1000, 10.0, HealthBand.GREEN, List.of()),
            new FileHealth("B.java", 1000, 5.5, HealthBand.YELLOW, List.of())));
    private static final ArchitectureMeasures NO_CYCLES = new ArchitectureMeasures(true, 2000, 0, 0, 0);
    private static final RuleMetadata CONSOLE = rule("hygiene/console-logging", Level.NOTE, null);
    private static final RuleMetadata SECRET = rule("hygiene/hard-coded-secret", Level.ERROR, "7.5");
    private static final RuleMetadata README = rule("context/readme-missing-commands", Level.WARNING, null);
    private static final RuleMetadata AGENTS = rule("context/agents-file", Level.ERROR, null);

    @Test
    void modularityMapsTheWeightedHealthFrom1To10Onto0To100() {
        // weighted health (10 + 5.5) / 2 = 7.75 → (7.75 − 1) / 9 × 100 = 75
        assertThat(score(measures(List.of(), List.of())).category("modularity").orElseThrow().score()).isEqualTo(75.0);
        assertThat(ModularityScore.of(CodeHealthSummary.EMPTY).reason()).isEqualTo("no production Java code");
    }

    @Test
    void testingIsZeroWithoutTestsAndWithOnlyAssertionFreeTests() {
        ModuleTestMetrics none = new ModuleTestMetrics("", 2000, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0);
        ModuleTestMetrics assertionFree = new ModuleTestMetrics("", 2000, 2000, 10, 10, 40, 0, 0, 40, 40, 0, 0);
        ModuleTestMetrics good = new ModuleTestMetrics("", 2000, 2000, 10, 10, 40, 40, 0, 0, 40, 0, 0);

        assertThat(testing(none, EvidenceMetrics.NONE)).isZero();
        assertThat(testing(assertionFree, EvidenceMetrics.NONE)).isZero();
        assertThat(testing(good, EvidenceMetrics.NONE)).isEqualTo(100.0);
    }

    @Test
    void testingWeighsTestedShareLocRatioAndPyramidTimesTheOracleShare() {
        // oracle 0.5 × (0.5 × 0.4 + 0.3 × 0.5 + 0.2 × 1.0) = 0.5 × 0.55 → 27.5
        ModuleTestMetrics half = new ModuleTestMetrics("", 2000, 1000, 10, 4, 40, 20, 0, 20, 40, 0, 0);
        // a mutation score counts for half: 0.5 × 27.5 + 0.5 × 80 = 53.75
        assertThat(testing(half, EvidenceMetrics.NONE)).isEqualTo(27.5);
        assertThat(testing(half, new EvidenceMetrics(0.9, 0.8, 0.85, 1))).isEqualTo(53.8);
        // line coverage alone, times the oracle share, counts for a quarter: 0.75 × 27.5 + 0.25 × 100 × 0.8 × 0.5
        assertThat(testing(half, new EvidenceMetrics(0.8, null, null, 1))).isEqualTo(30.6);
    }

    @Test
    void testingSmellsMultiplyByAnExponentialOfTheirRatePer100Tests() {
        ModuleTestMetrics good = new ModuleTestMetrics("", 2000, 2000, 10, 10, 40, 40, 0, 0, 40, 0, 0);
        List<Finding> smells = IntStream.range(0, 30).mapToObj(i -> finding("testing/sleepy-test", Level.WARNING, i))
                .toList();
        ScoreMeasures measures = new ScoreMeasures(HEALTH, new TestMetrics(good, List.of()), NO_CYCLES, null,
                List.of(), smells, Map.of());

        // 60 weighted findings per 40 tests = 150 per 100 tests → × e^−1
        assertThat(score(measures).category("testing").orElseThrow().score())
                .isCloseTo(100 * Math.exp(-1), within(0.05));
    }

    @Test
    void architectureMultipliesTheCodeOutsideCyclesByTheViolationFactor() {
        ArchitectureMeasures quarterInCycles = new ArchitectureMeasures(true, 2000, 500, 2, 500);
        List<Finding> violations = List.of(finding("architecture/layer-violation", Level.ERROR, 1),
                finding("architecture/package-cycle", Level.WARNING, 2));
        ScoreMeasures measures = new ScoreMeasures(HEALTH, TestMetrics.EMPTY, quarterInCycles, null, List.of(),
                violations, Map.of());

        // 5 weighted findings in 2 KLoC = 2.5 per KLoC: 100 × 0.75 × e^(−2.5/10) = 58.41
        assertThat(score(measures).category("architecture").orElseThrow().score()).isEqualTo(58.4);
        ArchitectureMeasures cheapCycle = new ArchitectureMeasures(true, 2000, 1800, 9, 1800 * 0.05);
        assertThat(score(new ScoreMeasures(HEALTH, TestMetrics.EMPTY, cheapCycle, null, List.of(), List.of(), Map.of()))
                .category("architecture").orElseThrow().score()).as("90 % in a cycle one reference closes").isEqualTo(95.5);
        assertThat(ArchitectureScore.of(new ScoreMeasures(HEALTH, TestMetrics.EMPTY, ArchitectureMeasures.UNMEASURED,
                null, List.of(), List.of(), Map.of())).measured()).isFalse();
    }

    @Test
    void contextIsTheLevelWeightedShareOfPassingRules() {
        ScoreMeasures measures = measures(List.of(README, AGENTS), List.of(finding(README.id(), Level.WARNING, 1)));

        // the agents rule (error, 3) passes, the README rule (warning, 2) fails → 3 / 5
        assertThat(score(measures).category("context").orElseThrow().score()).isEqualTo(60.0);
        assertThat(score(measures(List.of(), List.of())).category("context").orElseThrow().reason())
                .isEqualTo("no context rules ran");
    }

    @Test
    void hygieneFallsWithItsRatePerKlocAndASecretCapsItAt40() {
        List<Finding> tenNotes = IntStream.range(0, 10).mapToObj(i -> finding(CONSOLE.id(), Level.NOTE, i)).toList();
        // 10 weighted findings in 2 KLoC = 5 per KLoC → 100 × e^(−0.5) = 60.65
        assertThat(score(measures(List.of(CONSOLE, SECRET), tenNotes)).category("hygiene").orElseThrow().score())
                .isEqualTo(60.7);
        assertThat(score(measures(List.of(CONSOLE, SECRET), List.of(finding(SECRET.id(), Level.ERROR, 1))))
                .category("hygiene").orElseThrow().score()).isEqualTo(40.0);
    }

    @Test
    void rulesBelowThePrecisionBarLeaveTheScoreAlone() {
        RuleMetadata unproven = TestRuleMetadata.rule("hygiene/console-logging").level(Level.WARNING).tags("t")
                .measured(new MeasuredPrecision(2, 5, 3, 4)).build();
        RuleMetadata failingCheck = TestRuleMetadata.rule("context/no-codeowners").level(Level.WARNING).tags("t")
                .measured(new MeasuredPrecision(1, 10, 0, 8)).build();
        List<Finding> tenNotes = IntStream.range(0, 10).mapToObj(i -> finding(unproven.id(), Level.NOTE, i)).toList();

        assertThat(unproven.scored()).isFalse();
        assertThat(unproven.defaultLevel()).isEqualTo(Level.NOTE);
        RuleMetadata unprovenModularity = TestRuleMetadata.rule("modularity/god-class").tags("t")
                .measured(new MeasuredPrecision(1, 5, 4, 5)).build();
        ReadinessScore score = score(measures(List.of(unproven, SECRET, unprovenModularity), tenNotes));
        assertThat(score.category("modularity").orElseThrow().inputs()).as("computed from code health alone")
                .extracting(ScoreInput::name).doesNotContain("rules below the precision bar");
        assertThat(score.category("hygiene").orElseThrow().score()).as("as if nothing was found").isEqualTo(100.0);
        assertThat(score.category("hygiene").orElseThrow().inputs()).last()
                .extracting(ScoreInput::name, ScoreInput::value).containsExactly("rules below the precision bar", 1.0);
        ReadinessScore checklist = score(measures(List.of(failingCheck, README),
                List.of(finding(failingCheck.id(), Level.NOTE, 1))));
        assertThat(checklist.category("context").orElseThrow().score()).as("the unscored check is left out")
                .isEqualTo(100.0);
    }

    @Test
    void historyCombinesHotspotHealthAndTruckFactor() {
        HistoryMeasures history = new HistoryMeasures(null, 5.5, 1, 4, 2, 12);
        // 100 × (0.6 × 0.5 + 0.4 × (1 − 0.25)) = 60
        assertThat(HistoryScore.of(history).score()).isEqualTo(60.0);
        assertThat(HistoryScore.of(new HistoryMeasures(null, null, 0, 0, 1, 12)).score()).isEqualTo(50.0);
        assertThat(HistoryScore.of(HistoryMeasures.unavailable("no commits")).reason()).isEqualTo("no commits");
    }

    @Test
    void theOverallScoreLeavesOutWhatCannotBeMeasuredAndRenormalisesTheWeights() {
        ReadinessScore score = score(measures(List.of(README), List.of()));

        // architecture 100 (20), modularity 75 (20), testing 0 (20), context 100 (15); history and hygiene N/A
        assertThat(score.overall()).isEqualTo(Math.round((2000 + 1500 + 0 + 1500) / 75.0 * 10) / 10.0);
        assertThat(score.categories()).extracting(CategoryScore::category)
                .containsExactly("architecture", "modularity", "testing", "history", "context", "hygiene");
        assertThat(score.categories()).filteredOn(category -> !category.measured()).extracting(CategoryScore::category)
                .containsExactly("history", "hygiene");
        assertThat(score.level()).contains(ReadinessLevel.SUPERVISED);
    }

    @Test
    void levelsFollowTheDesignBands() {
        assertThat(List.of(0L, 39L, 40L, 59L, 60L, 79L, 80L, 100L)).extracting(ReadinessLevel::of)
                .containsExactly(ReadinessLevel.NOT_READY, ReadinessLevel.NOT_READY, ReadinessLevel.ASSISTED,
                        ReadinessLevel.ASSISTED, ReadinessLevel.SUPERVISED, ReadinessLevel.SUPERVISED,
                        ReadinessLevel.READY, ReadinessLevel.READY);
    }

    @Test
    void nothingMeasurableGivesNoOverallScore() {
        ReadinessScore score = score(new ScoreMeasures(null, null, null, null, List.of(), List.of(), Map.of()));

        assertThat(score.overall()).isNull();
        assertThat(score.level()).isEmpty();
    }

    private static double testing(ModuleTestMetrics overall, EvidenceMetrics evidence) {
        return score(new ScoreMeasures(HEALTH, new TestMetrics(overall, List.of(), evidence), NO_CYCLES, null,
                List.of(), List.of(), Map.of())).category("testing").orElseThrow().score();
    }

    private static ScoreMeasures measures(List<RuleMetadata> rules, List<Finding> findings) {
        ModuleTestMetrics noTests = new ModuleTestMetrics("", 2000, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0);
        return new ScoreMeasures(HEALTH, new TestMetrics(noTests, List.of()), NO_CYCLES, null, rules, findings,
                Map.of());
    }

    private static ReadinessScore score(ScoreMeasures measures) {
        return ReadinessScorer.score(measures);
    }

    private static Finding finding(String ruleId, Level level, int line) {
        return new Finding(ruleId, level, "m", Location.ofLine("B.java", line + 1), List.of());
    }

    private static RuleMetadata rule(String id, Level level, String securitySeverity) {
        TestRuleMetadata metadata = TestRuleMetadata.rule(id).level(level).tags("t");
        return (securitySeverity == null ? metadata : metadata.securitySeverity(securitySeverity)).build();
    }
}
