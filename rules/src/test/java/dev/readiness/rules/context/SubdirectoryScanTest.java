package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository-level findings where the usual anchors are missing or moved. A subdirectory of a repository scanned on
 * its own (README's `./readiness scan sample-repos/legacy-shop`) has its own Maven module at the scope root, which the
 * context rules once cut out of its path and failed on (StringIndexOutOfBoundsException); a directory of sources alone
 * has neither README nor build file, so its findings stand on its first file.
 */
class SubdirectoryScanTest {

    @TempDir
    Path repository;

    @Test
    void theContextRulesJudgeASubdirectoryWithItsOwnBuildModule() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(
                    "README.md", "# Monorepo\n",
                    "shop/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                            + "<artifactId>shop</artifactId><version>1</version></project>\n",
                    "shop/README.md", "# Shop\n\nBuild with `mvn verify`; the code is in src/main/java.\n",
                    "shop/AGENTS.md", "# Shop\n\nRun `mvn verify` before you stop. Code lives in src/main/java.\n",
                    "shop/src/main/java/shop/Order.java", "package shop;\n\nclass Order { }\n"), "Initial import");
        }

        AnalysisResult result = scan(repository.resolve("shop"));

        assertThat(result.notifications()).extracting(ToolNotification::id).doesNotContain("rule-error");
        assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals("context/unreproducible-build"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.location().path()).isEqualTo("shop/pom.xml");
                    assertThat(finding.message()).startsWith("No Java version declared");
                });
    }

    @Test
    void aDirectoryOfSourcesAloneGetsItsRepositoryFindingsOnItsFirstFile() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/main/java/shop/Order.java", "package shop;\n\nclass Order { }\n"));

        AnalysisResult result = scan(repository);

        assertThat(result.notifications()).extracting(ToolNotification::id)
                .doesNotContain("rule-error", "rule-out-of-scope");
        assertThat(result.findings()).extracting(finding -> finding.ruleId() + " " + finding.location().path())
                .contains("context/readme-missing-commands src/main/java/shop/Order.java",
                        "context/agent-instructions-missing src/main/java/shop/Order.java");
    }

    private static AnalysisResult scan(Path directory) throws Exception {
        try (Scan scan = new Analyzer(RuleRegistry.of(UnreproducibleBuild.class, AgentInstructionsStale.class,
                AgentInstructionsMissing.class, ReadmeMissingCommands.class).asDeclared(), ProgressListener.NONE)
                .analyze(new ScanRequest(directory, 1))) {
            return scan.result();
        }
    }
}
