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
        // four markers say why their assertion cannot fail: a literal, one value twice, a new object, its own value
        List<Finding> findings = RuleSampleVerifier.forRule(TautologicalAssertion.class, work)
                .verify("tautological-assertion");

        assertThat(findings).hasSize(27);
        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol()).contains(
                "com.example.MoneyJUnit4Test#messageFirst()", "com.example.MoneyComparisonsTest#groupedChecksAreTheTestsOwn()");
    }
}
