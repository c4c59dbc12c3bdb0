package dev.readiness.core.source.testcode;

/**
 * The checks a method makes directly: oracle calls (asserts, verifications, fail ...), how many of them
 * are mock verifications, how many are JUnit-style asserts without a message, and whether an exception or a declared
 * outcome is its oracle: an exception it expects ({@code @Test(expected)}, {@code assertThrows}, try/fail/catch, an
 * ExpectedException rule), one whose absence its name promises ({@code shouldNotThrowWhenEmpty},
 * {@code testHashCodeNullSafe}), or an outcome an {@code @Expected...} annotation declares for the project's test
 * extension to check ({@code @ExpectedCompilationOutcome}).
 */
public record OracleCalls(int total, int mockVerifications, int assertsWithoutMessage, boolean checksException) {

    public static final OracleCalls NONE = new OracleCalls(0, 0, 0, false);

    /** Oracle calls that check a result or state rather than an interaction with a mock. */
    public int realOracles() {
        return total - mockVerifications;
    }

    /** The test checks an outcome: a real assertion, or an expected exception. */
    public boolean checksResult() {
        return realOracles() > 0 || checksException;
    }

    /** These calls plus an exception or declared outcome as oracle (@Test(expected), @Expected..., a name promising that nothing throws). */
    public OracleCalls withExceptionOracle() {
        return new OracleCalls(total, mockVerifications, assertsWithoutMessage, true);
    }
}
