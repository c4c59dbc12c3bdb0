package dev.readiness.core.repo;

/** What role a file plays in the repository. */
public enum FileKind {
    PRODUCTION,
    TEST,
    BUILD,
    DOCS,
    OTHER;

    /** Production or test code: what code rules judge. Other files only anchor repository-level findings. */
    public boolean isCode() {
        return this == PRODUCTION || this == TEST;
    }
}
