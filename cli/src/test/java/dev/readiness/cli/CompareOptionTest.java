package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --compare}: legacy-shop at HEAD against its report at HEAD~20 ({@link PortfolioSamples}), in every
 * format; the new and gone findings checked against the two JSON reports' own fingerprints.
 */
class CompareOptionTest {

    @TempDir
    static Path work;
    private static Path repository;
    private static Path older;
    private static Path reports;

    @BeforeAll
    static void scanWithTheOlderReport() {
        repository = SampleRepository.materialize("legacy-shop", work.resolve("legacy-shop"));
        older = PortfolioSamples.reports().resolve(PortfolioSamples.OLDER_REPORT);
        reports = work.resolve("reports");
        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--compare", older.toString(),
                "--format", "json,text,md,html", "--output", reports.toString(), "--no-cache", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Set<String> fingerprints(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("suppressed").isNull())
                .map(finding -> finding.at("/fingerprints/stable").asText()).collect(Collectors.toSet());
    }

    @Test
    void theJsonTrendHasTheScoresThenAndNowAndTheFindingsNewAndGone() throws IOException {
        JsonNode now = new ObjectMapper().readTree(reports.resolve("readiness.json").toFile());
        JsonNode then = PortfolioSamples.olderReport();
        JsonNode trend = now.get("trend");
        Set<String> newPrints = fingerprints(now);
        newPrints.removeAll(fingerprints(then));
        Set<String> gonePrints = fingerprints(then);
        gonePrints.removeAll(fingerprints(now));

        assertThat(trend.at("/overall/before").asDouble()).isEqualTo(then.at("/score/overall").asDouble());
        assertThat(trend.at("/overall/now").asDouble()).isEqualTo(now.at("/score/overall").asDouble());
        assertThat(trend.at("/overall/change").asDouble()).isEqualTo(Math.round((now.at("/score/overall").asDouble()
                - then.at("/score/overall").asDouble()) * 10) / 10.0);
        assertThat(trend.get("previousCommit").asText()).isEqualTo(then.at("/target/headCommit").asText());
        assertThat(trend.get("newFindings")).hasSize(newPrints.size());
        assertThat(trend.get("goneFindings")).hasSize(gonePrints.size());
        assertThat(newPrints.size() + gonePrints.size()).isPositive();
    }

    @Test
    void theTextMarkdownAndHtmlReportsSayWhatChangedSince() throws IOException {
        JsonNode trend = new ObjectMapper().readTree(reports.resolve("readiness.json").toFile()).get("trend");
        String since = "Since " + trend.get("previousCommit").asText().substring(0, 10) + " ("
                + trend.get("previousCommitTime").asText().substring(0, 10) + "): ";

        assertThat(Files.readString(reports.resolve("readiness.txt"))).contains(since);
        assertThat(Files.readString(reports.resolve("readiness.md"))).contains(since.replace("(", "\\(")
                .replace(")", "\\)"));
        assertThat(Files.readString(reports.resolve("readiness.html"))).contains("<section id=\"trend\">",
                since, "<h3>New (" + trend.get("newFindings").size() + ")</h3>");
    }

    @Test
    void aFileThatIsNoScanReportFailsBeforeTheScan() throws IOException {
        Path notAReport = Files.writeString(work.resolve("other.json"), "{\"name\": \"x\"}");

        List<CliRun> runs = List.of(
                CliRun.of("scan", repository.toString(), "--compare", work.resolve("absent.json").toString()),
                CliRun.of("scan", repository.toString(), "--compare", notAReport.toString()));

        assertThat(runs).extracting(CliRun::exitCode).containsOnly(ExitCode.USAGE_ERROR);
        assertThat(runs).extracting(CliRun::err).containsExactly(
                "readiness: --compare: " + work.resolve("absent.json") + ": no such file\n",
                "readiness: --compare: " + notAReport + ": not a Repo Readiness JSON scan report (it lacks tool.name "
                        + "\"Repo Readiness\" or schemaVersion)\n");
    }
}
