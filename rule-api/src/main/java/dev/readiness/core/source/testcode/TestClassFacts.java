package dev.readiness.core.source.testcode;

import java.util.List;

/**
 * A class of test code that declares tests (nested classes are classes of their own): its names, the
 * line of its name, its pyramid level, its tests, and the simple names of the types it references
 * (imports, fields, bodies) and of the methods it calls anywhere in its body, sorted and distinct.
 */
public record TestClassFacts(String qualifiedName, String simpleName, int line, TestKind kind,
                             List<TestMethodFacts> tests, List<String> referencedTypes, List<String> calledMethods) {

    public TestClassFacts {
        tests = List.copyOf(tests);
        referencedTypes = List.copyOf(referencedTypes);
        calledMethods = List.copyOf(calledMethods);
    }
}
