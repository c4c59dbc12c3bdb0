package dev.readiness.core.source.testcode;

import java.util.List;

/** What a test file holds: its test classes (with their tests) and its helper methods. */
public record TestFacts(List<TestClassFacts> classes, List<HelperFacts> helpers) {

    public static final TestFacts EMPTY = new TestFacts(List.of(), List.of());

    public TestFacts {
        classes = List.copyOf(classes);
        helpers = List.copyOf(helpers);
    }

    public int testCount() {
        return classes.stream().mapToInt(type -> type.tests().size()).sum();
    }
}
