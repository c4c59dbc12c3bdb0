package dev.readiness.core.history;

/** What a commit did, as every history measure counts it; {@link CommitKinds} decides. */
public enum CommitKind {
    /**
     * More than one parent: in a first-parent walk it carries a whole branch under a generic subject. It counts as a
     * change of the files it brings (the merger took them in), never as a fix.
     */
    MERGE,
    /**
     * A mechanical sweep: a change of form rather than behaviour (formatting, license headers, imports, Javadoc,
     * polishing) or a bulk change (one subject repeated over many files in a day, or very many files at once).
     * It is neither a fix, nor a change that couples files, nor authorship of what it touches.
     */
    SWEEP,
    /** A defect fix: the message names a defect, or the work references an issue without naming a feature. */
    DEFECT_FIX,
    /** Any other change. */
    CHANGE
}
