package dev.readiness.rules.testing;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.testmodel.TestModel;

/** A test whose only checks are mock verifications: it checks that calls happen, never what comes out. */
@RuleDefinition(
        id = "testing/mock-only-test",
        summary = "Test only verifies mock interactions and never checks a result.",
        description = "Reports tests whose only oracles are Mockito verifications (verify, inOrder, "
                + "verifyNoMoreInteractions, BDDMockito then(...).should()), directly or through project "
                + "helpers. Such a test pins how the code is implemented instead of what it produces: it fails on "
                + "harmless refactorings and passes when the result is wrong.",
        level = Level.NOTE,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "mocking", "ai-readiness"}
)
public final class MockOnlyTest implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (TestModel.TestCase test : context.testModel().tests()) {
            if (test.mockOnly()) {
                sink.report(TestLocations.ofTest(test), "Test '" + test.method().name() + "' only verifies calls "
                        + "on mocks and never checks a result: add an assertion on the returned value or the "
                        + "resulting state, so the test fails when the outcome is wrong, not only when the calls change.");
            }
        }
    }
}
