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
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        assumeTrue(bashIsAvailable(), "bash is not available");
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
    void theStepSummaryIsTheMarkdownReportAndTheHtmlReportIsAnOutput() throws Exception {
        ActionRun run = ActionRun.start("summary", Map.of());

        assertThat(run.exitCode()).as(run.log()).isEqualTo(ExitCode.OK);
        JsonNode sarif = new ObjectMapper().readTree(run.sarif().toFile());
        long shown = Math.round(sarif.at("/runs/0/properties/readinessScore").asDouble());
        assertThat(run.stepSummary()).startsWith("## Readiness " + shown + "/100");
        Path html = run.sarif().resolveSibling("readiness.html");
        assertThat(run.outputs()).contains("html=" + html + "\n");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<span id=\"overall-score\" data-score=\"" + sarif.at("/runs/0/properties/readinessScore")
                        .asText() + "\">" + shown + "</span>");
    }

    /** The outputs lines the script must derive from the log: the score is one of the SARIF run's properties. */
    private static String scoreAndLevel(JsonNode sarif) {
        JsonNode properties = sarif.at("/runs/0/properties");
        assertThat(properties.get("readinessScore").isNumber()).as("the sample has a score").isTrue();
        return "score=" + properties.get("readinessScore").asText() + "\nlevel="
                + properties.get("readinessLevel").asText() + "\n";
    }

    private static boolean bashIsAvailable() {
        try {
            Process process = new ProcessBuilder("bash", "-c", "exit 0").start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One run of action/run.sh in its own directory, with the outputs files GitHub would provide. */
    private record ActionRun(int exitCode, String log, Path directory) {

        static ActionRun start(String name, Map<String, String> inputs) throws Exception {
            Path directory = Files.createDirectories(temp.resolve(name));
            Path script = SampleRepository.sampleDir("legacy-shop").getParent().getParent().resolve("action/run.sh");
            Path log = directory.resolve("log.txt");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("READINESS_PATH", repository.toString());
            environment.put("READINESS_OUTPUT_DIR", directory.resolve("reports").toString());
            environment.put("READINESS_CLI", Path.of(System.getProperty("java.home"), "bin", "java")
                    + " dev.readiness.cli.ReadinessMain");
            environment.put("CLASSPATH", System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")));
            environment.put("XDG_CACHE_HOME", directory.resolve("cache").toString());
            environment.put("GITHUB_OUTPUT", Files.createFile(directory.resolve("github-output")).toString());
            environment.put("GITHUB_STEP_SUMMARY", Files.createFile(directory.resolve("step-summary")).toString());
            environment.putAll(inputs);
            Process process = builder.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("action/run.sh finished").isTrue();
            return new ActionRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), directory);
        }

        Path sarif() {
            return directory.resolve("reports/readiness.sarif");
        }

        String outputs() throws IOException {
            return Files.readString(directory.resolve("github-output"), StandardCharsets.UTF_8);
        }

        String stepSummary() throws IOException {
            return Files.readString(directory.resolve("step-summary"), StandardCharsets.UTF_8);
        }
    }
}
