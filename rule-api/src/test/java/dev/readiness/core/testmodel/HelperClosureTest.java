package dev.readiness.core.testmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.source.testcode.HelperFacts;
import dev.readiness.core.source.testcode.OracleCalls;
import dev.readiness.core.source.testcode.TestFramework;
import dev.readiness.core.source.testcode.TestKind;
import dev.readiness.core.source.testcode.TestMethodFacts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HelperClosureTest {

    private static final OracleCalls ASSERTS = new OracleCalls(1, 0, 0, false);
    private static final OracleCalls VERIFIES_MOCK = new OracleCalls(1, 1, 0, false);
    private static final OracleCalls EXPECTS_EXCEPTION = new OracleCalls(0, 0, 0, true);

    private static HelperFacts helper(String name, OracleCalls oracles, String... called) {
        return new HelperFacts(name, oracles, List.of(called));
    }

    /** Helpers of two test files: OrderChecks.java asserts, OrderFixtures.java calls into it or only builds data. */
    private static final List<HelperFacts> TWO_FILES = List.of(
            helper("checkTotal", ASSERTS, "assertThat", "isEqualTo"),
            helper("checkOrder", OracleCalls.NONE, "total", "checkTotal"),
            helper("checkInvoice", OracleCalls.NONE, "checkOrder"),
            helper("newOrder", OracleCalls.NONE, "builder", "build"),
            helper("givenOrders", OracleCalls.NONE, "newOrder"));

    @Test
    void helperAssertingThroughHelpersInOtherFilesIsAsserting() {
        HelperClosure closure = new HelperClosure(TWO_FILES);

        assertThat(closure.asserting()).containsExactlyInAnyOrder("checkTotal", "checkOrder", "checkInvoice");
        assertThat(closure.mockVerifying()).isEmpty();
    }

    @Test
    void exceptionExpectingHelperIsAsserting() {
        HelperClosure closure = new HelperClosure(List.of(helper("assertRejected", EXPECTS_EXCEPTION),
                helper("rejectsEmpty", OracleCalls.NONE, "assertRejected")));

        assertThat(closure.asserting()).containsExactlyInAnyOrder("assertRejected", "rejectsEmpty");
    }

    @Test
    void helperThatOnlyVerifiesMocksIsMockVerifyingNotAsserting() {
        HelperClosure closure = new HelperClosure(List.of(
                helper("verifySaved", VERIFIES_MOCK, "verify", "save"),
                helper("verifyAll", OracleCalls.NONE, "verifySaved"),
                helper("verifyAndCheck", OracleCalls.NONE, "verifySaved", "checkTotal"),
                helper("checkTotal", ASSERTS)));

        assertThat(closure.mockVerifying()).containsExactlyInAnyOrder("verifySaved", "verifyAll");
        assertThat(closure.asserting()).containsExactlyInAnyOrder("checkTotal", "verifyAndCheck");
    }

    @Test
    @Timeout(5)
    void callCyclesWithoutAssertsTerminateAndAssertNothing() {
        HelperClosure closure = new HelperClosure(List.of(helper("ping", OracleCalls.NONE, "pong"),
                helper("pong", OracleCalls.NONE, "ping"), helper("self", OracleCalls.NONE, "self")));

        assertThat(closure.asserting()).isEmpty();
        assertThat(closure.mockVerifying()).isEmpty();
    }

    @Test
    @Timeout(5)
    void callCycleReachingAnAssertingHelperAssertsThroughout() {
        HelperClosure closure = new HelperClosure(List.of(helper("ping", OracleCalls.NONE, "pong"),
                helper("pong", OracleCalls.NONE, "ping", "check"), helper("check", ASSERTS)));

        assertThat(closure.asserting()).containsExactlyInAnyOrder("ping", "pong", "check");
    }

    @Test
    void testsOwnResultCheckIsReal() {
        HelperClosure closure = new HelperClosure(TWO_FILES);

        assertThat(closure.statusOf(new OracleCalls(2, 1, 0, false), List.of())).isEqualTo(TestModel.OracleStatus.REAL);
        assertThat(closure.statusOf(EXPECTS_EXCEPTION, List.of("run"))).isEqualTo(TestModel.OracleStatus.REAL);
    }

    @Test
    void callingAnAssertingHelperIsReal() {
        HelperClosure closure = new HelperClosure(TWO_FILES);

        assertThat(closure.statusOf(OracleCalls.NONE, List.of("givenOrders", "checkInvoice")))
                .isEqualTo(TestModel.OracleStatus.REAL);
    }

    @Test
    void onlyMockVerificationsAreMockOnly() {
        HelperClosure closure = new HelperClosure(List.of(helper("verifySaved", VERIFIES_MOCK)));

        assertThat(closure.statusOf(VERIFIES_MOCK, List.of("save"))).isEqualTo(TestModel.OracleStatus.MOCK_ONLY);
        assertThat(closure.statusOf(OracleCalls.NONE, List.of("verifySaved"))).isEqualTo(TestModel.OracleStatus.MOCK_ONLY);
    }

    @Test
    void callingOnlyNonAssertingHelpersIsNone() {
        HelperClosure closure = new HelperClosure(TWO_FILES);

        assertThat(closure.statusOf(OracleCalls.NONE, List.of("givenOrders", "newOrder", "unknown")))
                .isEqualTo(TestModel.OracleStatus.NONE);
    }

    @Test
    void noHelpersAtAll() {
        HelperClosure closure = new HelperClosure(List.of());

        assertThat(closure.asserting()).isEmpty();
        assertThat(closure.statusOf(OracleCalls.NONE, List.of("checkTotal"))).isEqualTo(TestModel.OracleStatus.NONE);
    }

    private static TestMethodFacts test(String name, OracleCalls oracles, List<String> called, List<String> calledOwn) {
        return new TestMethodFacts(name, "com.acme.ShelfTest#" + name + "()", 1, 1, TestFramework.JUNIT5, false, null,
                TestKind.UNIT, oracles, called, List.of(), calledOwn);
    }

    @Test
    void aTestThatRunsAnAssertingTestOfItsClassIsReal() {
        TestMethodFacts remove = test("remove", ASSERTS, List.of("assertTrue"), List.of("assertTrue"));
        TestMethodFacts narrow = test("removeWhenNarrow", OracleCalls.NONE, List.of("remove"), List.of("remove"));
        TestMethodFacts twice = test("removeTwice", OracleCalls.NONE, List.of("removeWhenNarrow"), List.of("removeWhenNarrow"));
        TestMethodFacts onAList = test("removeFromAList", OracleCalls.NONE, List.of("remove"), List.of());
        HelperClosure closure = new HelperClosure(List.of(), List.of(remove, narrow, twice, onAList));

        assertThat(List.of(remove, narrow, twice, onAList)).extracting(closure::statusOf).containsExactly(
                TestModel.OracleStatus.REAL, TestModel.OracleStatus.REAL, TestModel.OracleStatus.REAL,
                TestModel.OracleStatus.NONE);
    }
}
