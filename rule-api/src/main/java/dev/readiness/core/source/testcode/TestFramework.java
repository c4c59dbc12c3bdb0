package dev.readiness.core.source.testcode;

/** The test framework a test method belongs to, told by its annotations (JUnit 3: by its name and class). */
public enum TestFramework {
    JUNIT3,
    JUNIT4,
    JUNIT5,
    TESTNG
}
