package dev.readiness.core.source.testcode;

import java.util.List;

/**
 * A method of test code that is not a test (a helper, fixture or setup method): its simple name, the
 * checks it makes directly and the simple names of the methods it calls. A helper that asserts, directly
 * or through other helpers, is an oracle for the tests that call it.
 */
public record HelperFacts(String name, OracleCalls oracles, List<String> calledMethods) {

    public HelperFacts {
        calledMethods = List.copyOf(calledMethods);
    }
}
