package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import java.util.List;

/**
 * Architecture = 100 × (1 − tangle-weighted share of production LoC in package cycles) × exp(−weighted
 * architecture findings per KLoC / {@value #RATE_SCALE}).
 */
final class ArchitectureScore {

    static final String ID = Category.ARCHITECTURE.id();
    /** At this many weighted findings per KLoC the factor is 1/e (≈ 0.37). */
    static final double RATE_SCALE = 10;

    private ArchitectureScore() {
    }

    static CategoryScore of(ScoreMeasures measures) {
        ArchitectureMeasures graph = measures.architecture();
        if (!graph.measured()) {
            return CategoryScore.notMeasured(ID, "the package graph was not measured", List.of());
        }
        if (graph.productionLinesOfCode() == 0) {
            return CategoryScore.notMeasured(ID, "no production Java code", List.of());
        }
        FindingRate violations = FindingRate.of(measures.findingsOf(ID), graph.productionLinesOfCode());
        double tangledShare = graph.tangledShare();
        double score = 100 * (1 - tangledShare) * violations.factor(RATE_SCALE);
        return CategoryScore.measured(ID, score, List.of(
                new ScoreInput("share of production code in package cycles", Scores.fourDecimals(graph.cycleShare()),
                        graph.linesInCycles() + " of " + graph.productionLinesOfCode() + " lines of code are in "
                                + graph.packagesInCycles() + " packages that form cycles"),
                new ScoreInput("tangle-weighted share of production code in package cycles",
                        Scores.fourDecimals(tangledShare), "each cycle's code counts by twice the share of its "
                                + "references that must be cut to break it (at least "
                                + Scores.number(ArchitectureMeasures.LEAST_TANGLE_WEIGHT) + ", at most 1); multiplies by 1 − "
                                + Scores.number(tangledShare) + " = " + Scores.number(1 - tangledShare)),
                new ScoreInput("weighted architecture findings per KLoC", Scores.fourDecimals(violations.perKLoC()),
                        violations.describe("architecture finding", RATE_SCALE))));
    }
}
