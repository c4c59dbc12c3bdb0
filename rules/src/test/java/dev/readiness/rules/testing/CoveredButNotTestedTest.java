package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import dev.readiness.core.evidence.Measures;
import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoveredButNotTestedTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(CoveredButNotTested.class, work).verify(sample);
    }

    @Test
    void wellCoveredClassWithFewKilledMutantsIsReportedOnItsDeclaration() {
        assertThat(verify("covered-not-tested")).singleElement().satisfies(finding -> {
            assertThat(finding.location().path()).isEqualTo("src/main/java/com/example/Pricing.java");
            assertThat(finding.message()).startsWith("Pricing is covered but not tested: 90% of its lines run under "
                    + "tests, but only 3 of 10 mutants (30%) are killed;").contains("lines 6, 7, 8, 10.");
        });
    }

    @Test
    void withoutReportsNothingIsReported() {
        assertThat(verify("no-pit-maven")).isEmpty();
    }

    @Test
    void thresholdsAreInclusiveForCoverageAndExclusiveForTheScore() {
        assertThat(CoveredButNotTested.isCoveredButNotTested(measures(8, 10, 10, 4))).isTrue();
        assertThat(CoveredButNotTested.isCoveredButNotTested(measures(79, 100, 10, 4))).isFalse();
        assertThat(CoveredButNotTested.isCoveredButNotTested(measures(9, 10, 10, 5))).isFalse();
        assertThat(CoveredButNotTested.isCoveredButNotTested(measures(9, 10, 4, 0))).isFalse();
    }

    @Test
    void bothReportsAreNeeded() {
        assertThat(CoveredButNotTested.isCoveredButNotTested(Measures.ofMutants(10, 10, 1))).isFalse();
        assertThat(CoveredButNotTested.isCoveredButNotTested(Measures.ofLines(new Counter(0, 10)))).isFalse();
    }

    private static Measures measures(int coveredLines, int lines, int mutants, int killed) {
        return new Measures(new Counter(lines - coveredLines, coveredLines), mutants, mutants, killed);
    }
}
