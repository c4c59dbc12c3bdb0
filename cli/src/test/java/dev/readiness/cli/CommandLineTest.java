package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.RuleRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The commands as a user meets them: help, version, the rule catalog and one rule's help. */
class CommandLineTest {

    /** As many as the build indexed: the count is never kept by hand. */
    private static final int RULE_COUNT = RuleRegistry.fromClasspath(CommandLineTest.class.getClassLoader()).all().size();

    @Test
    void rulesListsEveryRuleByCategoryWithItsLevel() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("modularity\n  modularity/brain-class")
                .containsPattern("hygiene/swallowed-exception +note +\\[off\\] Catch block swallows the exception.")
                .containsPattern("context/agent-instructions-missing +warning +No agent instruction file")
                .containsPattern("modularity/deep-nesting +note +\\[off\\] Method nests control flow")
                .contains(RULE_COUNT + " rules. Run 'readiness rules <rule-id>' for one rule's help.");
    }

    @Test
    void rulesWithAnIdPrintsItsHelpWithHowToFix() {
        CliRun run = CliRun.of("rules", "modularity/deep-nesting");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("modularity/deep-nesting (DeepNesting)")
                .contains("Default level: note (off by default, unscored)")
                .contains("## How to fix");
    }

    @Test
    void anUnknownRuleIsAUsageErrorThatPointsToTheList() {
        CliRun run = CliRun.of("rules", "modularity/no-such-rule");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("no rule 'modularity/no-such-rule'").contains("readiness rules");
    }

    @Test
    void scanHelpDocumentsOptionsExamplesAndExitCodes() {
        CliRun run = CliRun.of("scan", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--format=FORMAT[,FORMAT...]")
                .contains("comma-separated: text, sarif,").contains("json, md, html, pdf (default: text)")
                .contains("--fail-on=LEVEL")
                .contains("--no-cache")
                .contains("readiness scan . --format sarif,json --output build/readiness --fail-on error")
                .contains("Exit codes:\n  0   analysis done, quality gate passed\n"
                        + "  1   quality gate failed (--fail-on, --fail-under)\n");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void withoutACommandTheUsageListsTheCommands() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: readiness").contains("scan").contains("rules")
                .contains("  1   quality gate failed");
    }

    @Test
    void theVersionProviderReportsTheBuildsVersion() {
        String[] version = new ReadinessCommand.Version().getVersion();

        assertThat(version).containsExactly("Repo Readiness " + dev.readiness.core.analysis.ToolInfo.VERSION);
        assertThat(dev.readiness.core.analysis.ToolInfo.VERSION).isEqualTo("0.1.0");
    }

    @Test
    void versionNamesTheTool() {
        CliRun run = CliRun.of("--version");

        assertThat(run.out().strip()).matches("Repo Readiness \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void progressIsOneLineRedrawnInPlaceWithRateAndTimeLeftPerStageAndClearedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                () -> now[0]);

        progress.progress("parse", 1, 100);
        now[0] = 1_000_000_000L;
        progress.progress("parse", 51, 100);
        now[0] = 1_050_000_000L;
        progress.progress("parse", 60, 100); // within 100 ms of the last draw: skipped
        now[0] = 2_000_000_000L;
        progress.progress("history", 1, 401);
        now[0] = 6_000_000_000L;
        progress.progress("history", 401, 401);
        progress.finish();

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn.split("\r", -1)).extracting(String::stripTrailing).containsExactly("",
                "parse: 1/100 files", "parse: 51/100 files (51/s, ETA 1s)", "history: 1/401 commits",
                "history: 401/401 commits (100/s)", "", "");
        assertThat(drawn).doesNotContain("\n");
    }

    @Test
    void withoutATerminalThereIsNoProgressOnStandardError() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("plain");
        java.nio.file.Files.writeString(dir.resolve("A.java"), "class A { }");

        CliRun run = CliRun.of("scan", dir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Scanned 1 file");
    }
}
