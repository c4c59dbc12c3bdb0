package dev.readiness.core.modules;

/**
 * One module's build file declares another module of the repository: Maven {@code <dependency>} or a
 * Gradle {@code project(":x")} reference, at {@code buildFile}:{@code line}. {@code exported} says whether
 * the dependency reaches the declaring module's own dependents at compile time (Maven compile scope that
 * is not optional, Gradle {@code api}/{@code compile}); {@code shared} marks a declaration made for many
 * projects at once (Gradle {@code subprojects}/{@code allprojects}/{@code configure} blocks).
 */
public record DeclaredDependency(String from, String to, Scope scope, boolean exported, boolean shared,
                                 String buildFile, int line) {

    /** Which code may use the dependency: MAIN all code; TEST test code only; RUNTIME no code (not compiled against). */
    public enum Scope { MAIN, TEST, RUNTIME }

    /** Whether code of the declaring module (test code or not) compiles against the dependency. */
    public boolean visibleTo(boolean testCode) {
        return scope == Scope.MAIN || (testCode && scope == Scope.TEST);
    }
}
