package dev.readiness.core.evidence;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import java.util.OptionalDouble;

/**
 * Dynamic test measures of a class, a module or a whole scan: JaCoCo lines and PIT mutants. Mutation
 * score = detected / viable mutants; test strength = detected / mutants covered by tests (PIT's
 * definitions; non-viable mutants, which never compiled, are left out of both). Each ratio is empty when
 * its report gave nothing to divide by.
 */
public record Measures(Counter lines, int viableMutants, int coveredMutants, int detectedMutants) {

    public static final Measures NONE = new Measures(Counter.EMPTY, 0, 0, 0);

    public static Measures ofLines(Counter lines) {
        return new Measures(lines, 0, 0, 0);
    }

    public static Measures ofMutants(int viable, int covered, int detected) {
        return new Measures(Counter.EMPTY, viable, covered, detected);
    }

    /** Covered lines / all lines, 0..1. */
    public OptionalDouble lineCoverage() {
        return ratio(lines.covered(), lines.total());
    }

    /** Detected (killed) mutants / viable mutants, 0..1. */
    public OptionalDouble mutationScore() {
        return ratio(detectedMutants, viableMutants);
    }

    /** Detected mutants / mutants that some test ran, 0..1. */
    public OptionalDouble testStrength() {
        return ratio(detectedMutants, coveredMutants);
    }

    public Measures plus(Measures other) {
        return new Measures(lines.plus(other.lines), viableMutants + other.viableMutants,
                coveredMutants + other.coveredMutants, detectedMutants + other.detectedMutants);
    }

    /** This line data with the mutant data of {@code other}. */
    Measures withMutantsOf(Measures other) {
        return new Measures(lines, other.viableMutants, other.coveredMutants, other.detectedMutants);
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
