package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stages of one scan hand on: their timings in run order and a score measured on the scan's models. */
class AnalyzerStagesTest {

    /** Two of three production packages refer to each other: 8 of the 12 lines of production code are in a cycle. */
    private static final Map<String, String> FILES = Map.of(
            "src/main/java/app/a/A.java", "package app.a;\n\npublic class A {\n    app.b.B b;\n}\n",
            "src/main/java/app/b/B.java", "package app.b;\n\npublic class B {\n    app.a.A a;\n}\n",
            "src/main/java/app/c/C.java", "package app.c;\n\npublic class C {\n    int c;\n}\n");

    @TempDir
    Path repository;

    @Test
    void everyTimedStageIsReportedUnderItsKeyInTheOrderItRan() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        AnalysisResult result = scan();

        assertThat(result.stageMillis().keySet())
                .containsExactly("files", "cache", "source", "history", "bytecode", "repository-rules", "score");
        assertThat(result.stageMillis().values()).allSatisfy(millis -> assertThat(millis).isNotNegative());
    }

    @Test
    void theScoreIsMeasuredOnTheScansPackageGraphAndHistory() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, FILES, "Initial import");
        }

        AnalysisResult result = scan();

        CategoryScore architecture = result.score().category("architecture").orElseThrow();
        assertThat(architecture.measured()).isTrue();
        assertThat(architecture.inputs().get(0).effect()).startsWith("8 of 12 lines of code are in 2 packages");
        assertThat(result.score().category("history").orElseThrow().measured()).isTrue();
    }

    private AnalysisResult scan() throws Exception {
        try (Scan scan = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                .analyze(new ScanRequest(repository, 1))) {
            return scan.result();
        }
    }
}
