package dev.readiness.rules.testing;

import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.testmodel.TestModel;

/** A test whose only checks are mock verifications: it checks that calls happen, never what comes out. */
public final class MockOnlyTest implements RepositoryRule {

    public static final String ID = "testing/mock-only-test";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, MockOnlyTest.class)
            .name("MockOnlyTest")
            .shortDescription("Test only verifies mock interactions and never checks a result.")
            .fullDescription("Reports tests whose only oracles are Mockito verifications (verify, inOrder, "
                    + "verifyNoMoreInteractions, BDDMockito then(...).should()), directly or through project "
                    + "helpers. Such a test pins how the code is implemented instead of what it produces: it fails on "
                    + "harmless refactorings and passes when the result is wrong.")
            .defaultLevel(Level.NOTE)
            .precision(Precision.HIGH)
            .tags("testing", "test-smell", "mocking", "ai-readiness")
            .build();

    public MockOnlyTest() {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (TestModel.TestCase test : context.testModel().tests()) {
            if (test.status() == TestModel.OracleStatus.MOCK_ONLY && !test.method().disabled()) {
                sink.report(TestLocations.ofTest(test), "Test '" + test.method().name() + "' only verifies calls "
                        + "on mocks and never checks a result: add an assertion on the returned value or the "
                        + "resulting state, so the test fails when the outcome is wrong, not only when the calls change.");
            }
        }
    }
}
