package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's scan script (action/run.sh) with bash against the legacy-shop sample, the way
 * action.yml runs it, with the CLI started from the test classpath (the shaded jar is built after tests).
 */
class GitHubActionScriptTest {

    @TempDir
    static Path temp;

    static Path repository;

    @BeforeAll
    static void materializeTheSample() throws Exception {
        assumeTrue(ActionScript.bashIsAvailable(), "bash is not available");
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
    }

    @Test
    void aFailedGateExitsOneAfterWritingTheSarifLogAndTheOutputs() throws Exception {
        ActionRun run = ActionRun.start("high", Map.of("READINESS_FAIL_UNDER", "99", "READINESS_CATEGORY", "readiness-pr"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(run.log()).containsPattern("quality gate failed: score \\d+ is under 99");
        JsonNode sarif = new ObjectMapper().readTree(run.sarif().toFile());
        assertThat(run.outputs()).contains(scoreAndLevel(sarif), "sarif=" + run.sarif() + "\n");
        assertThat(sarif.at("/runs/0/automationDetails/id").asText()).isEqualTo("readiness-pr/");
        assertThat(sarif.at("/runs/0/results").size()).isPositive();
        assertThat(run.outputs()).contains("upload-sarif=true\n");
    }

    @Test
    void aPassedGateExitsZeroAndKeepsTheDefaultCategory() throws Exception {
        ActionRun run = ActionRun.start("low", Map.of("READINESS_FAIL_UNDER", "1", "READINESS_FAIL_ON", "error"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        JsonNode sarif = new ObjectMapper().readTree(run.sarif().toFile());
        assertThat(run.outputs()).contains(scoreAndLevel(sarif));
        assertThat(sarif.at("/runs/0/automationDetails/id").asText()).isEqualTo("readiness/");
    }

    @Test
    void aCategoryThatCannotBeWrittenSafelyIsAUsageError() throws Exception {
        ActionRun run = ActionRun.start("bad-category", Map.of("READINESS_CATEGORY", "a\"b"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.log()).contains("category 'a\"b' may only hold letters, digits and . _ / -");
    }

    @Test
    void theStepSummaryIsTheMarkdownReportAndTheHtmlReportIsAnOutputAlsoWhenNothingIsUploaded() throws Exception {
        ActionRun run = ActionRun.start("summary", Map.of("READINESS_UPLOAD_SARIF", "false"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        assertThat(run.outputs()).contains("upload-sarif=false\n");
        assertThat(run.log()).doesNotContain("::notice::");
        JsonNode sarif = new ObjectMapper().readTree(run.sarif().toFile());
        long shown = Math.round(sarif.at("/runs/0/properties/readinessScore").asDouble());
        assertThat(run.stepSummary()).startsWith("## Readiness " + shown + "/100");
        Path html = run.sarif().resolveSibling("readiness.html");
        assertThat(run.outputs()).contains("html=" + html + "\n");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<span id=\"overall-score\" data-score=\"" + sarif.at("/runs/0/properties/readinessScore")
                        .asText() + "\">" + shown + "</span>");
    }

    @Test
    void withNewSinceOnlyFindingsOnChangedLinesFailTheGate() throws Exception {
        // Nothing changed since HEAD: every finding is unchanged, so even --fail-on note passes.
        ActionRun run = ActionRun.start("new-since", Map.of("READINESS_NEW_SINCE", "HEAD", "READINESS_FAIL_ON", "note"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        JsonNode sarif = run.sarifLog();
        assertThat(sarif.at("/runs/0/properties/comparison/newSince").asText()).isEqualTo("HEAD");
        assertThat(sarif.at("/runs/0/results")).isNotEmpty()
                .allSatisfy(result -> assertThat(result.get("baselineState").asText()).isEqualTo("unchanged"));
    }

    @Test
    void withABaselineOnlyFindingsMissingFromItFailTheGate() throws Exception {
        Path baseline = temp.resolve("readiness-baseline.json");
        CliRun recorded = CliRun.of("baseline", repository.toString(), "--output", baseline.toString(), "--quiet",
                "--no-cache");
        assertThat(recorded.exitCode()).as(recorded.err()).isEqualTo(ExitCode.OK);

        ActionRun run = ActionRun.start("baseline", Map.of("READINESS_BASELINE", baseline.toString(),
                "READINESS_FAIL_ON", "note"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        JsonNode sarif = run.sarifLog();
        assertThat(sarif.at("/runs/0/properties/comparison/baselineFile").asText()).isEqualTo(baseline.toString());
        assertThat(sarif.at("/runs/0/properties/comparison/unchanged").asInt()).isPositive();
        assertThat(sarif.at("/runs/0/properties/comparison/new").asInt()).isZero();
    }

    @Test
    void theConfigIsUsedAndArgsAreSplitLikeAShellsWords() throws Exception {
        Path config = Files.createDirectories(temp.resolve("config dir")).resolve("readiness.yml");
        Files.writeString(config, "history:\n  since: 2000-01-01\n");
        Path cache = temp.resolve("cache dir/nested");

        ActionRun run = ActionRun.start("config-and-args", Map.of("READINESS_CONFIG", config.toString(),
                "READINESS_ARGS", " --unproven-rules\n --cache-dir '" + cache + "' "));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        JsonNode sarif = run.sarifLog();
        assertThat(sarif.at("/runs/0/properties/readinessConfig").asText()).isEqualTo(config.toString());
        assertThat(sarif.at("/runs/0/tool/driver/rules")).extracting(rule -> rule.get("id").asText())
                .as("--unproven-rules also runs the rules below the precision bar").contains("hygiene/console-logging");
        assertThat(cache).as("one word, with its space").isDirectory();
    }

    @Test
    void argsAreNeverExpandedOrRun() throws Exception {
        Path planted = temp.resolve("planted");

        ActionRun run = ActionRun.start("args-not-run", Map.of("READINESS_ARGS", "$(touch " + planted + ") `touch "
                + planted + "`"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.log()).contains("$(touch");
        assertThat(planted).doesNotExist();
    }

    @Test
    void argsThatCannotBeSplitAreAUsageErrorBeforeAnyScan() throws Exception {
        ActionRun run = ActionRun.start("bad-args", Map.of("READINESS_ARGS", "--history-since \"2020-01-01"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.log()).contains("args cannot be split into words (unmatched double quote")
                .contains(": --history-since \"2020-01-01");
        assertThat(run.sarif()).doesNotExist();
    }

    @Test
    void aForksPullRequestDoesNotUploadTheSarifLogAndSaysSo() throws Exception {
        ActionRun run = ActionRun.start("fork", Map.of("READINESS_PR_HEAD_REPO", "someone/shop",
                "GITHUB_REPOSITORY", "acme/shop"));

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        assertThat(run.outputs()).contains("upload-sarif=false\n", "sarif=" + run.sarif() + "\n");
        assertThat(run.log()).contains("::notice::readiness action: the pull request comes from the fork someone/shop,"
                + " whose token is read-only: the SARIF log is not uploaded to code scanning");
    }

    /** The outputs lines the script must derive from the log: the score is one of the SARIF run's properties. */
    private static String scoreAndLevel(JsonNode sarif) {
        JsonNode properties = sarif.at("/runs/0/properties");
        assertThat(properties.get("readinessScore").isNumber()).as("the sample has a score").isTrue();
        return "score=" + properties.get("readinessScore").asText() + "\nlevel="
                + properties.get("readinessLevel").asText() + "\n";
    }

    /** One run of action/run.sh in its own directory, with the outputs files GitHub would provide. */
    private record ActionRun(int exitCode, String log, Path directory) {

        static ActionRun start(String name, Map<String, String> inputs) throws Exception {
            Path directory = temp.resolve(name);
            Map<String, String> environment = new HashMap<>();
            environment.put("READINESS_PATH", repository.toString());
            environment.put("READINESS_OUTPUT_DIR", directory.resolve("reports").toString());
            environment.put("READINESS_CLI", Path.of(System.getProperty("java.home"), "bin", "java")
                    + " dev.readiness.cli.ReadinessMain");
            environment.put("CLASSPATH", System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")));
            environment.put("XDG_CACHE_HOME", directory.resolve("cache").toString());
            environment.put("GITHUB_STEP_SUMMARY",
                    Files.createFile(Files.createDirectories(directory).resolve("step-summary")).toString());
            environment.putAll(inputs);
            ActionScript.Run run = ActionScript.run("run.sh", directory, environment);
            return new ActionRun(run.exitCode(), run.log(), directory);
        }

        Path sarif() {
            return directory.resolve("reports/readiness.sarif");
        }

        JsonNode sarifLog() throws IOException {
            return new ObjectMapper().readTree(sarif().toFile());
        }

        String outputs() throws IOException {
            return Files.readString(directory.resolve("github-output"), StandardCharsets.UTF_8);
        }

        String stepSummary() throws IOException {
            return Files.readString(directory.resolve("step-summary"), StandardCharsets.UTF_8);
        }
    }
}
