package dev.readiness.core.repo;

/** What role a file plays in the repository. */
public enum FileKind {
    PRODUCTION,
    TEST,
    BUILD,
    DOCS,
    OTHER
}
