package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TautologicalAssertionTest {

    @TempDir
    Path work;

    @Test
    void reportsAssertionsThatCannotFailInJUnit4JUnit5TestNgAndAssertJ() {
        List<Finding> findings = RuleSampleVerifier.forRule(TautologicalAssertion.class, work)
                .verify("tautological-assertion");

        assertThat(findings).hasSize(23);
        assertThat(findings).extracting(Finding::message).contains(
                "This assertion cannot fail: assertTrue of the literal true. Assert on a value the code under test "
                        + "produced, or delete it.",
                "This assertion cannot fail: assertEquals compares sum with itself. Assert on a value the code under "
                        + "test produced, or delete it.",
                "This assertion cannot fail: assertNotNull of a newly created object, which is never null. Assert on "
                        + "a value the code under test produced, or delete it.",
                "This assertion cannot fail: assertThat(sum).isEqualTo(...) checks the test's own value. Assert on a "
                        + "value the code under test produced, or delete it.");
        assertThat(findings.get(0).location().enclosingSymbol()).isEqualTo("com.example.MoneyJUnit4Test#messageFirst()");
    }
}
