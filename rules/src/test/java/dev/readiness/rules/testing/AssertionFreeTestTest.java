package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionFreeTestTest {

    @TempDir
    Path work;

    @Test
    void checkingObjectsOtherTestsAndFixturesAreNoAssertionFreeTests() {
        List<Finding> findings = RuleSampleVerifier.forRule(AssertionFreeTest.class, work).verify("assertion-free-test");

        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol()).containsExactlyInAnyOrder(
                "com.example.shelf.CheckingObjectsTest#equalsTesterChecksOnlyWhenItTests()",
                "com.example.shelf.CheckingObjectsTest#stubbingIsNoCheck()",
                "com.example.shelf.CheckingObjectsTest#wrappingAnUnexpectedFailureIsNoCheck()",
                "com.example.shelf.NarrowShelfTest#callsAListMethodNamedLikeATest()",
                "com.example.shelf.NarrowShelfTest#shelvesThroughAHelperNamedLikeATest()",
                "com.example.shelf.NarrowShelfTest#notWrittenYet()",
                "com.example.shelf.NarrowShelfTest#testHashCode()",
                "com.example.shelf.RunnerReportTest.StillATest#checksNothing()");
    }

    @Test
    void theTestQualityTableCountsTheTestsTheRuleReportsAndNotADisabledOne() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(AssertionFreeTest.class, work);

        AnalysisResult result = verifier.scan(verifier.copy("assertion-free-test"));

        // the sample's @Disabled test checks nothing too, but it never runs: neither count takes it
        assertThat(result.testMetrics().overall().assertionFreeTests()).isEqualTo(result.activeFindings().size())
                .isEqualTo(8);
    }
}
