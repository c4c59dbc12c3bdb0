package dev.readiness.core.source.testcode;

/** The level of the test pyramid a test belongs to; see {@link TestKinds} for how it is told. */
public enum TestKind {
    UNIT,
    INTEGRATION,
    END_TO_END
}
