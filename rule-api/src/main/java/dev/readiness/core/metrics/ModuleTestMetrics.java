package dev.readiness.core.metrics;

/**
 * Test-suite measures of one build module (or of the whole scan): sizes, how many production classes
 * with logic a test touches, how many tests check a result, and the pyramid. Ratios are null when their
 * denominator is zero. Formulas: docs/scoring.md, "Testing".
 */
public record ModuleTestMetrics(String module, long productionLinesOfCode, long testLinesOfCode,
                                int productionClasses, int testedProductionClasses, int tests,
                                int testsWithRealOracle, int mockOnlyTests, int assertionFreeTests,
                                int unitTests, int integrationTests, int endToEndTests) {

    /** Test lines of code per production line of code. */
    public Double testToProductionRatio() {
        return ratio(testLinesOfCode, productionLinesOfCode);
    }

    /** Share (0–1) of production classes with logic that some test touches. */
    public Double testedClassShare() {
        return ratio(testedProductionClasses, productionClasses);
    }

    /** Share (0–1) of tests that check a result: an assertion, a helper that asserts, an expected exception. */
    public Double realOracleShare() {
        return ratio(testsWithRealOracle, tests);
    }

    /** Assertion-free plus mock-only tests per 100 tests. */
    public Double smellsPer100Tests() {
        Double share = ratio((long) assertionFreeTests + mockOnlyTests, tests);
        return share == null ? null : share * 100;
    }

    /**
     * "none" without tests; "pyramid" when unit ≥ integration ≥ end-to-end; "ice-cream-cone" when end-to-end
     * tests outnumber unit tests; "diamond" when integration tests outnumber both; else "irregular".
     */
    public String pyramidShape() {
        if (tests == 0) {
            return "none";
        } else if (unitTests >= integrationTests && integrationTests >= endToEndTests) {
            return "pyramid";
        } else if (endToEndTests > unitTests) {
            return "ice-cream-cone";
        } else if (integrationTests > unitTests && integrationTests > endToEndTests) {
            return "diamond";
        }
        return "irregular";
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
