package dev.readiness.core.source.testcode;

import java.util.List;

/**
 * One test method as the engine keeps it: its name and where the name is (1-based line and column),
 * the enclosing symbol ({@code com.acme.OrderTest#totals()}), framework, whether and why it is disabled,
 * its pyramid level, the checks it makes directly, the simple names of the methods it calls and of the
 * types it references, and of the methods it calls on its own class without arguments ({@code testX()},
 * {@code super.testX()}: the only way one test runs another), all sorted and distinct.
 */
public record TestMethodFacts(String name, String symbol, int line, int column, TestFramework framework,
                              boolean disabled, String disabledReason, TestKind kind, OracleCalls oracles,
                              List<String> calledMethods, List<String> referencedTypes, List<String> calledOwnMethods) {

    public TestMethodFacts {
        calledMethods = List.copyOf(calledMethods);
        referencedTypes = List.copyOf(referencedTypes);
        calledOwnMethods = List.copyOf(calledOwnMethods);
    }
}
