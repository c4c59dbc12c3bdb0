package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestingRulesTest {

    @TempDir
    Path work;

    @Test
    void assertionFreeTestIgnoresFluentChainsHelpersExpectedExceptionsAndDisabledTests() {
        List<Finding> findings = RuleSampleVerifier.forRule(AssertionFreeTest.class, work).verify("testing-oracles");

        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol()).containsExactly(
                "com.example.CalculatorTest#runsButChecksNothing()",
                "com.example.CalculatorTest.WhenDividingByOne#nestedTestWithoutOracle()");
        assertThat(findings.get(0).message()).startsWith("Test 'runsButChecksNothing' checks nothing");
        assertThat(findings.get(0).location().region().startColumn()).isEqualTo(10);
    }

    @Test
    void mockOnlyTestFollowsHelpersAndSparesTestsThatAlsoAssert() {
        List<Finding> findings = RuleSampleVerifier.forRule(MockOnlyTest.class, work).verify("testing-oracles");

        assertThat(findings).extracting(Finding::message).allMatch(message -> message.contains("only verifies calls"))
                .hasSize(3);
    }

    @Test
    void untestedClassSkipsTestedRecordsGettersInterfacesAndExceptions() {
        List<Finding> findings = RuleSampleVerifier.forRule(UntestedClass.class, work).verify("testing-oracles");

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .startsWith("Public class Ledger has logic (e.g. post())"));
    }

    @Test
    void untestedClassLeavesAloneWhatTheTestsReachThroughOtherClasses() {
        // an abstract base of a tested class and a class behind a tested facade are reached; an exporter no test
        // uses and the format only it uses are not
        List<Finding> findings = RuleSampleVerifier.forRule(UntestedClass.class, work).verify("untested-class-reach");

        assertThat(findings).extracting(finding -> finding.location().path()).containsExactlyInAnyOrder(
                "src/main/java/com/example/text/ReportExporter.java", "src/main/java/com/example/text/ExportFormat.java");
    }

    @Test
    void moduleWithoutTestsAnchorsOnTheBuildFileOrTheFirstProductionFile() {
        List<Finding> findings = RuleSampleVerifier.forRule(ModuleWithoutTests.class, work)
                .verify("module-without-tests");

        assertThat(findings).extracting(finding -> finding.location().path())
                .containsExactly("lib/pom.xml", "tools/src/main/java/com/example/tools/Tool.java");
        assertThat(findings.get(0).message()).startsWith("Module 'lib' has 1 production Java file and no tests: ")
                .contains("lib/src/test/java");
    }
}
