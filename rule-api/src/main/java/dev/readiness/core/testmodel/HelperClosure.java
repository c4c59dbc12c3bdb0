package dev.readiness.core.testmodel;

import dev.readiness.core.source.testcode.HelperFacts;
import dev.readiness.core.source.testcode.OracleCalls;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which helper methods of test code are oracles, followed through calls to other helpers (by simple
 * name, across files): those that check a result (assert, or expect an exception) and those that only
 * verify mocks.
 */
public final class HelperClosure {

    private final Set<String> asserting;
    private final Set<String> mockVerifying;

    public HelperClosure(Collection<HelperFacts> helpers) {
        this.asserting = closure(helpers, helper -> helper.oracles().checksResult());
        Set<String> verifying = closure(helpers, helper -> helper.oracles().mockVerifications() > 0);
        verifying.removeAll(asserting);
        this.mockVerifying = Set.copyOf(verifying);
    }

    /** Helpers that check a result, directly or through other helpers. */
    public Set<String> asserting() {
        return Set.copyOf(asserting);
    }

    /** Helpers that only verify mock interactions, directly or through other helpers. */
    public Set<String> mockVerifying() {
        return mockVerifying;
    }

    /** How a test (or anything calling {@code called}) is checked, given its own direct oracles. */
    public TestModel.OracleStatus statusOf(OracleCalls direct, Collection<String> called) {
        if (direct.checksResult() || called.stream().anyMatch(asserting::contains)) {
            return TestModel.OracleStatus.REAL;
        }
        if (direct.mockVerifications() > 0 || called.stream().anyMatch(mockVerifying::contains)) {
            return TestModel.OracleStatus.MOCK_ONLY;
        }
        return TestModel.OracleStatus.NONE;
    }

    private static Set<String> closure(Collection<HelperFacts> helpers, Predicate<HelperFacts> direct) {
        Set<String> found = new HashSet<>();
        helpers.stream().filter(direct).forEach(helper -> found.add(helper.name()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (HelperFacts helper : helpers) {
                if (!found.contains(helper.name()) && helper.calledMethods().stream().anyMatch(found::contains)) {
                    found.add(helper.name());
                    grew = true;
                }
            }
        }
        return found;
    }
}
