package dev.readiness.core.source.testcode;

/** The test framework a test method belongs to, told by its annotations. */
public enum TestFramework {
    JUNIT4,
    JUNIT5,
    TESTNG
}
