package dev.readiness.core.score;

import dev.readiness.core.rule.Finding;
import java.util.List;

/** Findings weighted by level (error 3, warning 2, note 1) per thousand lines of production code. */
record FindingRate(long weightedFindings, int findings, long linesOfCode) {

    static FindingRate of(List<Finding> findings, long linesOfCode) {
        long weighted = findings.stream().mapToLong(finding -> Scores.weight(finding.level())).sum();
        return new FindingRate(weighted, findings.size(), linesOfCode);
    }

    double perKLoC() {
        return linesOfCode == 0 ? 0 : weightedFindings * 1000.0 / linesOfCode;
    }

    /** exp(−rate / scale): 1 without findings, falling smoothly and never below 0, never rising with the rate. */
    double factor(double scale) {
        return Math.exp(-perKLoC() / scale);
    }

    String describe(String what, double scale) {
        return findings + " " + what + "(s) (weighted " + weightedFindings + ") in " + linesOfCode
                + " lines of production code = " + Scores.number(perKLoC()) + " per KLoC; multiplies by exp(−"
                + Scores.number(perKLoC()) + " / " + scale + ") = " + Scores.number(factor(scale));
    }
}
