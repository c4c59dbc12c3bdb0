package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness explain}, {@code scan --fail-under} and the score in the reports, on the legacy-shop sample. */
class ScoreCommandsTest {

    @TempDir
    static Path temp;

    static Path repository;
    static JsonNode json;
    static long overall;

    @BeforeAll
    static void scanTheSample() throws IOException {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
        CliRun scan = CliRun.of("scan", repository.toString(), "--format", "json,sarif,md", "--output",
                temp.resolve("reports").toString(), "--quiet", "--no-cache");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        json = new ObjectMapper().readTree(temp.resolve("reports/readiness.json").toFile());
        overall = Math.round(json.at("/score/overall").asDouble());
    }

    @Test
    void formatMdWritesTheMarkdownSummaryWithTheSameScore() throws IOException {
        String markdown = java.nio.file.Files.readString(temp.resolve("reports/readiness.md"));

        assertThat(markdown).startsWith("## Readiness " + overall + "/100 (supervised)\n")
                .contains("| Category | Score | Weight |")
                .contains("### Top findings");
    }

    @Test
    void theJsonReportCarriesEveryCategoryWithItsInputsAndSarifTheOverallScore() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(temp.resolve("reports/readiness.sarif").toFile());

        assertThat(json.at("/score/categories").findValuesAsText("id"))
                .containsExactly("architecture", "modularity", "testing", "history", "context", "hygiene");
        assertThat(json.at("/score/categories/0/weight").asDouble()).isEqualTo(20.0);
        assertThat(json.at("/score/categories/2/inputs").findValuesAsText("name")).contains("real-oracle share");
        assertThat(overall).isBetween(60L, 79L);
        assertThat(json.at("/score/level").asText()).isEqualTo("supervised");
        assertThat(sarif.at("/runs/0/properties/readinessScore").asDouble())
                .isEqualTo(json.at("/score/overall").asDouble());
    }

    @Test
    void explainPrintsTheScoreAndHowEachInputMovedIt() {
        CliRun run = CliRun.of("explain", repository.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Readiness " + overall + "/100 (supervised)")
                .contains("\nhistory: ")
                .contains("  - truck factor = 2: if its 2 key author(s) left, fewer than half of the")
                .contains("  - real-oracle share = ")
                .contains("  - context/agent-instructions-missing = 0: fails")
                .contains("  - rules below the precision bar = ");
    }

    @Test
    void explainRejectsAMissingPathWithAUsageError() {
        CliRun run = CliRun.of("explain", temp.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).startsWith("readiness: ");
    }

    @Test
    void failUnderFailsTheGateWhenTheScoreIsLowerAndSaysSoOnOneLine() {
        CliRun failing = CliRun.of("scan", repository.toString(), "--quiet", "--no-cache", "--fail-under",
                String.valueOf(overall + 1));
        CliRun passing = CliRun.of("scan", repository.toString(), "--quiet", "--no-cache", "--fail-under",
                String.valueOf(overall));

        assertThat(failing.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(failing.err()).isEqualTo("readiness: quality gate failed: score " + overall + " is under "
                + (overall + 1) + "\n");
        assertThat(passing.exitCode()).as(passing.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void failUnderCombinesWithFailOn() {
        CliRun run = CliRun.of("scan", repository.toString(), "--quiet", "--no-cache", "--fail-under", "100",
                "--fail-on", "warning");

        assertThat(run.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(run.err().lines()).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("readiness: quality gate failed: "));
    }

    @Test
    void failUnderOutsideZeroToHundredIsAUsageError() {
        CliRun run = CliRun.of("scan", repository.toString(), "--fail-under", "101");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: --fail-under: '101' is not a whole number from 0 to 100\n");
    }
}
