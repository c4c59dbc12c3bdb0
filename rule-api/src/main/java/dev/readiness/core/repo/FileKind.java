package dev.readiness.core.repo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The role a file plays in the repository, decided once by the engine (from the build, then conventions, then
 * readiness.yml's {@code roles}) and read by every rule, the score and the reports.
 */
public enum FileKind {
    /** Code that ships: what production-only rules, code health and the production graph judge. */
    PRODUCTION,
    /** Test code: test classes, their helpers and test-support source sets. */
    TEST,
    /** Inputs of tests that are not compiled as tests: test resources, test data, sources kept as samples to parse. */
    TEST_FIXTURE,
    /** Code a tool wrote (annotation processors, parser generators): left out of rules, scores and health. */
    GENERATED,
    /** Third-party code copied or repackaged into the repository: left out like generated code. */
    VENDORED,
    /** Example and documentation code (samples, examples, docs modules): not product, not judged. */
    SAMPLE,
    BUILD,
    DOCS,
    OTHER;

    /** Production or test code: what code rules judge. Other files only anchor repository-level findings. */
    public boolean isCode() {
        return this == PRODUCTION || this == TEST;
    }

    /** Test code or what tests read: never judged as production. */
    public boolean isTestSide() {
        return this == TEST || this == TEST_FIXTURE;
    }

    /** Code present in the repository but not the project's own: left out of scores and reported once as a note. */
    public boolean isLeftOut() {
        return this == GENERATED || this == VENDORED || this == SAMPLE;
    }

    /** The id readiness.yml and the reports use: lower case, words joined by '-' ("test-fixture"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FileKind> ofId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
