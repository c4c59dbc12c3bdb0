package dev.readiness.core.score;

import static dev.readiness.core.score.ScoreFixtures.HEALTH;
import static dev.readiness.core.score.ScoreFixtures.HEALTHY;
import static dev.readiness.core.score.ScoreFixtures.NO_TESTS;
import static dev.readiness.core.score.ScoreFixtures.at;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.testing.TestRuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The remediation plan on measures worked out by hand: A.java (1000 lines, healthy, in a fully tangled package cycle
 * with nothing else), B.java (1000 lines, health 8.0 from two complex methods, the one most-changed file), no tests,
 * a README missing its commands, truck factor 1.
 */
class RemediationPlanTest {

    private static final ArchitectureMeasures ONE_CYCLE = new ArchitectureMeasures(true, 2000, 1000, 2, 1000, List.of(
            new ArchitectureMeasures.CycleCode(Set.of("p", "q"), Set.of("A.java"), 1000, 1000)));
    private static final HistoryMeasures HISTORY = new HistoryMeasures(null, 8.0, 1, 4, 1, 2, List.of("B.java"));

    private static final RuleMetadata README = TestRuleMetadata.rule("context/readme-missing-commands")
            .level(Level.WARNING).effort(Effort.DOCUMENT).build();
    private static final RuleMetadata CYCLE = TestRuleMetadata.rule("architecture/package-cycle")
            .level(Level.WARNING).effort(Effort.DESIGN).build();
    private static final RuleMetadata COMPLEX = TestRuleMetadata.rule("modularity/complex-method")
            .level(Level.WARNING).build();
    private static final RuleMetadata HOTSPOT = TestRuleMetadata.rule("history/hotspot").level(Level.WARNING)
            .effort(Effort.FILE).build();
    private static final List<RuleMetadata> RULES = List.of(README, CYCLE, COMPLEX, HOTSPOT);

    private static final List<Finding> FINDINGS = List.of(
            at(README, "README.md", Region.line(1)), at(README, "README.md", Region.line(2)),
            at(CYCLE, "A.java", Region.line(3)),
            at(COMPLEX, "B.java", new Region(10, 1, 30, 1)), at(COMPLEX, "B.java", new Region(40, 1, 60, 1)),
            at(HOTSPOT, "B.java", Region.line(1)),
            at(COMPLEX, "C.java", Region.line(5)));
    private static final ScoreMeasures MEASURES = new ScoreMeasures(HEALTH, NO_TESTS, ONE_CYCLE, HISTORY, RULES,
            FINDINGS, Map.of());

    @Test
    void eachStepIsTheFixThatGainsTheMostOnceTheStepsBeforeItAreDone() {
        RemediationPlan plan = RemediationPlan.of(MEASURES);

        // before: architecture 50 × exp(−0.1) = 45.2 (half the code tangled, one warning per 2 KLoC), modularity 88.9,
        // testing 0, history 100 × (0.6 × 7 / 9 + 0.4 × 0.5) = 66.7, context 0: (904 + 1778 + 1000.5) / 90 = 40.9.
        // The README passing gains 15 × 100 / 90: 57.6; then the cycle broken (architecture 100): 69.8; then B.java
        // refactored into healthy code (history 80, modularity 100): 74.4. C.java is no measured file, so its
        // finding gains nothing
        assertThat(plan.scoreBefore()).isEqualTo(40.9);
        assertThat(plan.steps()).extracting(RemediationPlan.Step::kind).containsExactly(
                RemediationPlan.Kind.FIX_FINDINGS, RemediationPlan.Kind.BREAK_CYCLE, RemediationPlan.Kind.REFACTOR_FILE);
        assertThat(plan.steps()).extracting(RemediationPlan.Step::ruleId).containsExactly(README.id(), CYCLE.id(),
                HOTSPOT.id());
        // B.java's refactoring fixes its hotspot and both complex methods with it
        assertThat(plan.steps().get(2).findings()).extracting(Finding::ruleId).containsExactly(HOTSPOT.id(),
                COMPLEX.id(), COMPLEX.id());
        assertThat(plan.steps()).extracting(RemediationPlan.Step::gain).containsExactly(16.7, 12.2, 4.6);
        assertThat(plan.steps()).extracting(RemediationPlan.Step::scoreAfter).containsExactly(57.6, 69.8, 74.4);
    }

    @Test
    void theGainsAddUpToTheScoreTheScorerComputesWithEveryStepDone() {
        RemediationPlan plan = RemediationPlan.of(MEASURES);
        List<Finding> fixedByPlan = plan.steps().stream().flatMap(step -> step.findings().stream()).toList();

        Double rescored = ReadinessScorer.score(FindingImpact.fixed(MEASURES, fixedByPlan)).overall();

        double summedGains = plan.steps().stream().mapToDouble(RemediationPlan.Step::gain).sum();
        assertThat(rescored).isEqualTo(plan.scoreAfter().orElseThrow());
        assertThat(Scores.oneDecimal(plan.scoreBefore() + summedGains)).isEqualTo(rescored);
    }

    @Test
    void saysHowManyStepsReachALevelAndWhatEachTakes() {
        RemediationPlan plan = RemediationPlan.of(MEASURES);

        assertThat(plan.steps()).extracting(RemediationPlan.Step::levelAfter).containsExactly(
                ReadinessLevel.ASSISTED, ReadinessLevel.SUPERVISED, ReadinessLevel.SUPERVISED);
        assertThat(plan.stepsToReach(ReadinessLevel.SUPERVISED)).hasValue(2);
        assertThat(plan.stepsToReach(ReadinessLevel.READY)).isEmpty();
        // the README's two findings: 1 + 0.25 to the half hour; a cycle: 4 hours; B.java's 1000 lines reworked: 1 + 10
        assertThat(plan.steps()).extracting(RemediationPlan.Step::hours).containsExactly(1.5, 4.0, 11.0);
        assertThat(plan.steps()).extracting(RemediationPlan.Step::paths).containsExactly(List.of("README.md"),
                List.of("A.java"), List.of("B.java"));
    }

    @Test
    void aCycleAndAnUnhealthyFileArePlannedEvenWhenNoRuleReportsThem() {
        ScoreMeasures unreported = new ScoreMeasures(HEALTH, NO_TESTS, ONE_CYCLE, HISTORY, RULES, List.of(), Map.of());

        RemediationPlan plan = RemediationPlan.of(unreported);

        // context 100 now: (1000 + 1778 + 1000.5 + 1500) / 90 = 58.7; the cycle 20 × 50 / 90 = 11.1 more: 69.8;
        // B.java healthy: 74.4
        assertThat(plan.steps()).extracting(RemediationPlan.Step::kind).containsExactly(
                RemediationPlan.Kind.BREAK_CYCLE, RemediationPlan.Kind.REFACTOR_FILE);
        assertThat(plan.steps()).extracting(RemediationPlan.Step::subject).containsExactly("p, q", "B.java");
        assertThat(plan.steps()).extracting(RemediationPlan.Step::findings).containsOnly(List.of());
        assertThat(plan.scoreBefore()).isEqualTo(58.7);
        assertThat(plan.scoreAfter()).hasValue(74.4);
    }

    @Test
    void healthyAcyclicCodeWithNothingReportedNeedsNoPlan() {
        ScoreMeasures nothingToFix = new ScoreMeasures(CodeHealthSummary.of(List.of(HEALTHY)), NO_TESTS,
                new ArchitectureMeasures(true, 1000, 0, 0, 0), HISTORY, RULES,
                List.of(at(COMPLEX, "C.java", Region.line(5))), Map.of());

        RemediationPlan plan = RemediationPlan.of(nothingToFix);

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.scoreAfter()).isEqualTo(java.util.Optional.ofNullable(plan.scoreBefore()));
        assertThat(plan.scoreBefore()).isNotNull();
    }
}
