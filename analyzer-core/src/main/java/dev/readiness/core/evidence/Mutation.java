package dev.readiness.core.evidence;

/**
 * One mutant of a PIT {@code mutations.xml}: the source file name (no directory), the mutated class
 * (binary name with dots, nested classes after '$'), method, line, mutator, status and PIT's
 * {@code detected} flag.
 */
public record Mutation(String sourceFile, String mutatedClass, String mutatedMethod, int lineNumber, String mutator,
                       MutationStatus status, boolean detected) {

    /** The package of the mutated class ("" for the default package). */
    public String packageName() {
        int dot = mutatedClass.lastIndexOf('.');
        return dot < 0 ? "" : mutatedClass.substring(0, dot);
    }

    /** Non-viable mutants never compiled: they are left out of every score. */
    public boolean viable() {
        return status != MutationStatus.NON_VIABLE;
    }

    /** Mutants without coverage were never run by any test. */
    public boolean covered() {
        return viable() && status != MutationStatus.NO_COVERAGE;
    }
}
