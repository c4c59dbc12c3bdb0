package dev.readiness.core.evidence;

/**
 * The class-level counters of one {@code <class>} in a JaCoCo {@code jacoco.xml}: package and class name
 * with dots (nested classes after '$'), source file name, and missed/covered lines, branches and
 * instructions.
 */
public record ClassCoverage(String packageName, String className, String sourceFile, Counter lines,
                            Counter branches, Counter instructions) {

    /** Missed and covered items of one JaCoCo counter type. */
    public record Counter(long missed, long covered) {

        public static final Counter EMPTY = new Counter(0, 0);

        public long total() {
            return missed + covered;
        }

        public Counter plus(Counter other) {
            return new Counter(missed + other.missed, covered + other.covered);
        }
    }
}
