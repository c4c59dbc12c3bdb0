package dev.readiness.core.rule;

/** What a rule cannot do without; the engine skips a rule whose needs a scan cannot meet and records why. */
public enum Need {
    /** At least one commit of history in scope. */
    HISTORY("the commit history"),
    /** Compiled production classes (target/classes, build/classes or --classes). */
    BYTECODE("compiled classes"),
    /** A Maven or Gradle build file: what rules judging the build can read (not Ant, Bazel or sbt). */
    BUILD_FILES("a Maven or Gradle build file"),
    /** An agent instruction file: rules judging what instructions say have nothing to judge without one. */
    AGENT_INSTRUCTIONS("an agent instruction file");

    private final String description;

    Need(String description) {
        this.description = description;
    }

    /** What is needed, for messages: "the commit history". */
    public String description() {
        return description;
    }
}
