package dev.readiness.core.rule;

/**
 * What fixing one of a rule's findings takes, in kind: the remediation plan turns it into rough hours from the code
 * the finding covers (docs/scoring.md, "Remediation plan").
 */
public enum Effort {
    /** Write or correct a document or a build or configuration file. */
    DOCUMENT,
    /** Rewrite the lines the finding covers (a method, a catch block, a test). */
    LINES,
    /** Restructure the whole file the finding names (split a class, lower a hotspot's complexity). */
    FILE,
    /** Move code or dependencies between packages or modules (break a cycle, respect a layer). */
    DESIGN,
    /** Write tests for the code the finding names. */
    TESTS,
    /** Spread what few people know: pairing, reviews, documentation. */
    KNOWLEDGE
}
