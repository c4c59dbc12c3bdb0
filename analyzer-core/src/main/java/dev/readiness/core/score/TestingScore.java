package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.metrics.EvidenceMetrics;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Testing = 100 × realOracleShare × (0.5 × testedClassShare + 0.3 × min(1, test/production LoC) + 0.2 ×
 * pyramid factor). The oracle share multiplies everything, so tests that check nothing earn nothing and a
 * repository without tests scores 0. A mutation score, when a PIT report exists, counts for half; otherwise
 * line coverage (times the oracle share) counts for a quarter. The findings of the testing rules (smells)
 * multiply the result by exp(−weighted findings per 100 tests / {@value #SMELL_SCALE}). Formulas:
 * docs/scoring.md.
 */
final class TestingScore {

    static final String ID = Category.TESTING.id();
    static final double TESTED_SHARE_WEIGHT = 0.5;
    static final double RATIO_WEIGHT = 0.3;
    static final double PYRAMID_WEIGHT = 0.2;
    static final double MUTATION_WEIGHT = 0.5;
    static final double COVERAGE_WEIGHT = 0.25;
    /** At this many weighted testing findings per 100 tests the smell factor is 1/e (≈ 0.37). */
    static final double SMELL_SCALE = 150;

    private TestingScore() {
    }

    static CategoryScore of(ScoreMeasures measures) {
        TestMetrics metrics = measures.testMetrics();
        ModuleTestMetrics overall = metrics.overall();
        if (overall.productionLinesOfCode() == 0 && overall.tests() == 0) {
            return CategoryScore.notMeasured(ID, "no production Java code and no tests", List.of());
        }
        if (overall.tests() == 0 && overall.testLinesOfCode() == 0 && measures.testsElsewhere()) {
            return CategoryScore.notMeasured(ID, "no tests in this part; they may live outside it (scan the module to "
                    + "measure them)", List.of());
        }
        List<ScoreInput> inputs = new ArrayList<>();
        double oracle = overall.realOracleShare() == null ? 0 : overall.realOracleShare();
        inputs.add(new ScoreInput("tests", (double) overall.tests(), overall.tests() == 0
                ? "no tests: nothing checks the code, the category scores 0"
                : overall.tests() + " tests found"));
        inputs.add(new ScoreInput("real-oracle share", Scores.fourDecimals(overall.realOracleShare()),
                Scores.percent(oracle) + " of the tests check a result; every other part of the score is"
                        + " multiplied by this share, so tests without assertions earn nothing"));
        double suite = suiteShape(overall, inputs);
        double staticScore = 100 * oracle * suite;
        double smells = smellFactor(measures.findingsOf(ID), overall.tests(), inputs);
        return CategoryScore.measured(ID, smells * withEvidence(staticScore, oracle, metrics.evidence(), inputs),
                inputs);
    }

    /** The weighted mean (0–1) of tested share, LoC ratio and pyramid; a missing share is left out. */
    private static double suiteShape(ModuleTestMetrics overall, List<ScoreInput> inputs) {
        Double tested = overall.testedClassShare();
        double ratio = overall.testToProductionRatio() == null ? 0 : Math.min(1, overall.testToProductionRatio());
        double pyramid = pyramidFactor(overall.pyramidShape());
        inputs.add(new ScoreInput("tested class share", Scores.fourDecimals(tested), tested == null
                ? "no production classes with logic: left out, the other parts share its weight"
                : Scores.percent(tested) + " of the production classes with logic are touched by a test (weight "
                        + TESTED_SHARE_WEIGHT + ")"));
        inputs.add(new ScoreInput("test/production LoC ratio", Scores.fourDecimals(overall.testToProductionRatio()),
                "counts up to 1:1, here " + Scores.number(ratio) + " (weight " + RATIO_WEIGHT + ")"));
        inputs.add(new ScoreInput("pyramid factor", pyramid, "shape '" + overall.pyramidShape() + "' counts "
                + pyramid + " (weight " + PYRAMID_WEIGHT + "; pyramid 1, diamond 0.7, irregular 0.6,"
                + " ice-cream cone 0.3, none 0)"));
        if (tested == null) {
            return (RATIO_WEIGHT * ratio + PYRAMID_WEIGHT * pyramid) / (RATIO_WEIGHT + PYRAMID_WEIGHT);
        }
        return TESTED_SHARE_WEIGHT * tested + RATIO_WEIGHT * ratio + PYRAMID_WEIGHT * pyramid;
    }

    private static double withEvidence(double staticScore, double oracle, EvidenceMetrics evidence,
                                       List<ScoreInput> inputs) {
        if (evidence.mutationScore() != null) {
            inputs.add(new ScoreInput("mutation score", Scores.fourDecimals(evidence.mutationScore()),
                    Scores.percent(evidence.mutationScore()) + " of the mutants are detected; counts for half"));
            return (1 - MUTATION_WEIGHT) * staticScore + MUTATION_WEIGHT * 100 * evidence.mutationScore();
        }
        if (evidence.lineCoverage() != null) {
            inputs.add(new ScoreInput("line coverage", Scores.fourDecimals(evidence.lineCoverage()),
                    Scores.percent(evidence.lineCoverage()) + " of the lines run under test; times the oracle share,"
                            + " counts for a quarter"));
            return (1 - COVERAGE_WEIGHT) * staticScore + COVERAGE_WEIGHT * 100 * evidence.lineCoverage() * oracle;
        }
        return staticScore;
    }

    /** exp(−weighted testing findings per 100 tests / scale); 1 without tests (the score is 0 then anyway). */
    private static double smellFactor(List<Finding> findings, int tests, List<ScoreInput> inputs) {
        long weighted = findings.stream().mapToLong(finding -> Scores.weight(finding.level())).sum();
        double per100Tests = tests == 0 ? 0 : weighted * 100.0 / tests;
        double factor = Math.exp(-per100Tests / SMELL_SCALE);
        inputs.add(new ScoreInput("weighted testing findings per 100 tests", Scores.fourDecimals(per100Tests),
                findings.size() + " finding(s) of the testing rules (weighted " + weighted + ") per 100 tests; multiplies"
                        + " by exp(−" + Scores.number(per100Tests) + " / " + SMELL_SCALE + ") = "
                        + Scores.number(factor)));
        return factor;
    }

    static double pyramidFactor(String shape) {
        return switch (shape) {
            case "pyramid" -> 1.0;
            case "diamond" -> 0.7;
            case "irregular" -> 0.6;
            case "ice-cream-cone" -> 0.3;
            default -> 0.0;
        };
    }
}
