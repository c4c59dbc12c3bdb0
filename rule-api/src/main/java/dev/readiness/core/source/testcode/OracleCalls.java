package dev.readiness.core.source.testcode;

/**
 * The checks a method makes directly: oracle calls (asserts, verifications, fail ...), how many of them
 * are mock verifications, how many are JUnit-style asserts without a message, and whether it expects an
 * exception ({@code @Test(expected)}, {@code assertThrows}, try/fail/catch, an ExpectedException rule).
 */
public record OracleCalls(int total, int mockVerifications, int assertsWithoutMessage, boolean expectsException) {

    public static final OracleCalls NONE = new OracleCalls(0, 0, 0, false);

    /** Oracle calls that check a result or state rather than an interaction with a mock. */
    public int realOracles() {
        return total - mockVerifications;
    }

    /** The test checks an outcome: a real assertion, or an expected exception. */
    public boolean checksResult() {
        return realOracles() > 0 || expectsException;
    }

    /** These calls plus an expected exception (assertThrows, @Test(expected)). */
    public OracleCalls withExpectedException() {
        return new OracleCalls(total, mockVerifications, assertsWithoutMessage, true);
    }
}
