package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine, not the rules, keeps each rule to the file roles it declares and skips it when its needs are unmet. */
class RuleScopeAndNeedsTest {

    private static final Map<String, String> FILES = Map.of(
            "README.md", "# Shop\n",
            "src/main/java/shop/Order.java", "package shop;\n\nclass Order { }\n",
            "src/test/java/shop/OrderTest.java", "package shop;\n\nclass OrderTest { }\n");

    @TempDir
    Path repository;

    @Test
    void aPerFileRuleIsOnlyCalledOnFilesOfItsScope() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.ProductionFiles.class));

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("called on src/main/java/shop/Order.java");
    }

    @Test
    void findingsInCodeOutsideTheScopeAreDroppedAndSaidWhileDocumentsAnchorRepositoryFindings() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.EveryFile.class));

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactlyInAnyOrder("file README.md", "file src/main/java/shop/Order.java");
        assertThat(result.notifications()).filteredOn(notification -> notification.id().equals("rule-out-of-scope"))
                .extracting(ToolNotification::message).containsExactly("rule custom/every-file reported 1 finding(s) "
                        + "in files outside its scope [PRODUCTION]; they were dropped");
    }

    @Test
    void aFileKeptWithProductionCodeThatDeclaresTestsIsJudgedAsTestCodeByEveryRule() throws Exception {
        TestRepos.writeFiles(repository, Map.of(
                "README.md", "# Shop\n",
                "src/main/java/shop/Order.java", "package shop;\n\nclass Order { }\n",
                // a suite shipped in a test-support module, which each implementation's tests extend
                "src/main/java/shop/testkit/OrderStoreContractTest.java", "package shop.testkit;\n\n"
                        + "import org.junit.jupiter.api.Test;\n\n"
                        + "public abstract class OrderStoreContractTest {\n    @Test\n    void storesAnOrder() { }\n}\n",
                // JUnit imported for a rule it ships, no test declared: still production code
                "src/main/java/shop/testkit/OrderRule.java", "package shop.testkit;\n\n"
                        + "import org.junit.rules.ExternalResource;\n\n"
                        + "public class OrderRule extends ExternalResource { }\n"));

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.ProductionFiles.class, ScopedRules.EveryFile.class));

        assertThat(result.findings()).extracting(Finding::message).containsExactlyInAnyOrder(
                "called on src/main/java/shop/Order.java", "called on src/main/java/shop/testkit/OrderRule.java",
                "file README.md", "file src/main/java/shop/Order.java", "file src/main/java/shop/testkit/OrderRule.java");
        assertThat(result.metrics().filesByKind()).containsEntry("test", 1).containsEntry("production", 2);
        assertThat(result.metrics().fileRoles()).filteredOn(role -> role.root().endsWith("OrderStoreContractTest.java"))
                .singleElement().satisfies(role -> assertThat(role.role()).isEqualTo("test"));
    }

    @Test
    void aRepositoryLevelFindingStandsOnAJavaFileWhenNothingElseCanAnchorIt() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/main/java/shop/Order.java", "package shop;\n\nclass Order { }\n"));

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.FirstFile.class));

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("repository anchored on src/main/java/shop/Order.java");
        assertThat(result.notifications()).extracting(ToolNotification::id).doesNotContain("rule-out-of-scope");
    }

    @Test
    void aRuleWhoseNeedsAreUnmetIsSkippedWithTheReason() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.NeedsHistory.class));

        assertThat(result.findings()).isEmpty();
        assertThat(result.notifications()).filteredOn(notification -> notification.id().equals("rule-skipped"))
                .extracting(ToolNotification::message).singleElement().asString()
                .startsWith("1 rule needs the commit history and did not run (")
                .endsWith("): custom/needs-history");
    }

    @Test
    void aRuleWhoseNeedsAreMetRuns() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, FILES, "Initial import");
        }

        AnalysisResult result = scan(RuleRegistry.of(ScopedRules.NeedsHistory.class));

        assertThat(result.findings()).extracting(Finding::message).containsExactly("commits 1");
        assertThat(result.notifications()).extracting(ToolNotification::id).doesNotContain("rule-skipped");
    }

    @Test
    void aRuleThatOverflowsTheStackIsAnErrorNoteAndTheScanGoesOn() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        AnalysisResult result = scan(RuleRegistry.of(OverflowingRule.class, ScopedRules.ProductionFiles.class));

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("called on src/main/java/shop/Order.java");
        assertThat(result.notifications()).filteredOn(notification -> notification.id().equals("rule-error"))
                .extracting(ToolNotification::message)
                .containsExactly("rule custom/overflowing failed: java.lang.StackOverflowError");
    }

    private AnalysisResult scan(RuleRegistry registry) throws Exception {
        try (Scan scan = new Analyzer(registry, ProgressListener.NONE).analyze(new ScanRequest(repository, 1))) {
            return scan.result();
        }
    }
}
