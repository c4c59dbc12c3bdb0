package dev.readiness.rules.testing;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.testmodel.TestModel;

/**
 * A test that checks nothing: no assertion, verification or fail, no expected exception, and no call to a
 * project helper that checks something (followed transitively, across files). Disabled tests are left to
 * testing/disabled-test-without-reason.
 */
@RuleDefinition(
        id = "testing/assertion-free-test",
        summary = "Test checks nothing: no assertion, verification or expected exception.",
        description = "Reports JUnit 4/5 and TestNG tests that contain no oracle — no JUnit, TestNG, AssertJ, "
                + "Hamcrest or Truth assertion, no Mockito verification, no fail(), no tester's check (Guava's "
                + "NullPointerTester, EqualsTester), no assertThrows or expected exception, and no name promising "
                + "that nothing throws (shouldNotThrow…, …NullSafe) — and call no project helper that checks "
                + "something, directly or through other helpers. Such a test passes whatever the code returns, so "
                + "it protects nothing.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class AssertionFreeTest implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (TestModel.TestCase test : context.testModel().tests()) {
            if (test.assertionFree()) {
                sink.report(TestLocations.ofTest(test), "Test '" + test.method().name() + "' checks nothing: no "
                        + "assertion, verification or expected exception, directly or through a helper, so it passes "
                        + "whatever the code returns. Assert on the result or resulting state (e.g. assertThat(actual)"
                        + ".isEqualTo(expected)), or expect the exception with assertThrows.");
            }
        }
    }
}
