package dev.readiness.core.testmodel;

import dev.readiness.core.source.testcode.HelperFacts;
import dev.readiness.core.source.testcode.OracleCalls;
import dev.readiness.core.source.testcode.TestMethodFacts;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which helper methods of test code are oracles, followed through calls to other helpers (by simple
 * name, across files): those that check a result (assert, or expect an exception) and those that only
 * verify mocks. A test is an oracle for another test that runs it on its own class ({@code testEmptyIterator()}
 * after changing a setting, {@code super.testRemove()}); a call on some other object, or with arguments, that
 * happens to share a test's name ({@code list.remove(x)}, a helper {@code testThreads(data)}) is not.
 */
public final class HelperClosure {

    private final Set<String> asserting;
    private final Set<String> mockVerifying;
    private final Set<String> assertingTests;

    public HelperClosure(Collection<HelperFacts> helpers) {
        this(helpers, List.of());
    }

    public HelperClosure(Collection<HelperFacts> helpers, Collection<TestMethodFacts> tests) {
        this.asserting = closure(helpers, helper -> helper.oracles().checksResult());
        Set<String> verifying = closure(helpers, helper -> helper.oracles().mockVerifications() > 0);
        verifying.removeAll(asserting);
        this.mockVerifying = Set.copyOf(verifying);
        this.assertingTests = assertingTests(tests);
    }

    /** Helpers that check a result, directly or through other helpers. */
    public Set<String> asserting() {
        return Set.copyOf(asserting);
    }

    /** Helpers that only verify mock interactions, directly or through other helpers. */
    public Set<String> mockVerifying() {
        return mockVerifying;
    }

    /** How a test is checked: its own oracles, the helpers it calls, and the tests of its class it runs. */
    public TestModel.OracleStatus statusOf(TestMethodFacts test) {
        if (test.calledOwnMethods().stream().anyMatch(assertingTests::contains)) {
            return TestModel.OracleStatus.REAL;
        }
        return statusOf(test.oracles(), test.calledMethods());
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

    /** Tests that check a result, directly, through helpers, or by running another such test of their class. */
    private Set<String> assertingTests(Collection<TestMethodFacts> tests) {
        Set<String> found = new HashSet<>();
        tests.stream().filter(test -> statusOf(test.oracles(), test.calledMethods()) == TestModel.OracleStatus.REAL)
                .forEach(test -> found.add(test.name()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TestMethodFacts test : tests) {
                if (!found.contains(test.name()) && test.calledOwnMethods().stream().anyMatch(found::contains)) {
                    found.add(test.name());
                    grew = true;
                }
            }
        }
        return Set.copyOf(found);
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
