package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.portfolio.Portfolio;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.portfolio.Problem;
import dev.readiness.core.portfolio.RepositoryHistory;
import dev.readiness.core.portfolio.RepositoryKey;
import dev.readiness.core.portfolio.ReportDirectory;
import dev.readiness.core.portfolio.ScanReport;
import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio model read from real scan reports of three samples and an older report of one of them. */
class PortfolioReaderTest {

    static ReportDirectory.Contents contents;
    static Portfolio portfolio;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheSampleReports() throws PortfolioException {
        contents = ReportDirectory.read(PortfolioSamples.reports());
        portfolio = Portfolio.of(contents.reports());
    }

    @Test
    void everyReportIsReadInPathOrderAndEachRepositoryKeepsItsLatest() {
        assertThat(contents.skipped()).isEmpty();
        assertThat(contents.reports()).extracting(ScanReport::file).containsExactly(PortfolioSamples.OLDER_REPORT,
                "layered-app/readiness.json", "legacy-shop/readiness.json", "weak-tests/readiness.json");
        assertThat(portfolio.reports()).isEqualTo(4);
        assertThat(portfolio.repositories()).extracting(RepositoryHistory::key)
                .containsExactlyInAnyOrder(new RepositoryKey("layered-app", ""), new RepositoryKey("legacy-shop", ""),
                        new RepositoryKey("weak-tests", ""));
        assertThat(latest("legacy-shop").target().headCommit())
                .isEqualTo(PortfolioSamples.report("legacy-shop").at("/target/headCommit").asText());
    }

    @Test
    void scoresLevelsDragsAndCountsAreThoseOfTheLatestReports() {
        assertThat(portfolio.repositories()).extracting(RepositoryHistory::latest)
                .extracting(report -> report.key().name(), report -> report.score().overall(),
                        report -> report.score().level(), report -> report.score().biggestDrag().category(),
                        report -> report.score().biggestDrag().points(), report -> report.findings().total(),
                        report -> report.findings().warnings(), report -> report.findings().notes(),
                        report -> report.target().headCommitTime().toString())
                .containsExactlyInAnyOrderElementsOf(PortfolioSamples.SAMPLES.stream()
                        .map(sample -> expectedRow(sample, PortfolioSamples.report(sample))).toList());
    }

    private static Tuple expectedRow(String sample, JsonNode json) {
        return tuple(sample, json.at("/score/overall").asDouble(), json.at("/score/level").asText(),
                json.at("/score/biggestDrag/category").asText(), json.at("/score/biggestDrag/points").asDouble(),
                json.at("/summary/total").asInt(), json.at("/summary/byLevel/warning").asInt(),
                json.at("/summary/byLevel/note").asInt(), json.at("/target/headCommitTime").asText());
    }

    @Test
    void theWeakestCategoryIsTheLowestMeasuredOne() {
        assertThat(portfolio.repositories()).extracting(RepositoryHistory::latest)
                .extracting(report -> report.key().name(), report -> report.score().weakest().category(),
                        report -> report.score().weakest().score())
                .containsExactlyInAnyOrderElementsOf(PortfolioSamples.SAMPLES.stream().map(sample -> {
                    JsonNode lowest = categories(PortfolioSamples.report(sample))
                            .filter(category -> !category.get("score").isNull())
                            .min(Comparator.comparingDouble(category -> category.get("score").asDouble())).orElseThrow();
                    return tuple(sample, lowest.get("id").asText(), lowest.get("score").asDouble());
                }).toList());
    }

    @Test
    void repositoriesComeWorstFirst() {
        assertThat(portfolio.repositories()).extracting(history -> history.latest().score().overall())
                .isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
    }

    @Test
    void problemsCountTheRepositoriesFindingsAndPointsOfEachRuleInTheLatestReports() {
        List<JsonNode> latest = PortfolioSamples.SAMPLES.stream().map(PortfolioSamples::report).toList();
        Map<String, Long> repositoriesByRule = latest.stream().flatMap(PortfolioReaderTest::activeRules)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Integer> findingsByRule = latest.stream().flatMap(PortfolioReaderTest::activeFindings)
                .collect(Collectors.groupingBy(finding -> finding.get("ruleId").asText(), Collectors.summingInt(f -> 1)));
        Map<String, Double> pointsByRule = latest.stream().flatMap(PortfolioReaderTest::activeFindings)
                .collect(Collectors.groupingBy(finding -> finding.get("ruleId").asText(),
                        Collectors.summingDouble(finding -> finding.get("impact").asDouble())));

        assertThat(portfolio.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(tuple(problem.repositories().size(), problem.findings(),
                        oneDecimal(problem.points()))).as(problem.ruleId()).isEqualTo(tuple(
                                repositoriesByRule.get(problem.ruleId()).intValue(), findingsByRule.get(problem.ruleId()),
                                oneDecimal(pointsByRule.get(problem.ruleId())))));
        assertThat(portfolio.problems()).extracting(Problem::ruleId)
                .containsExactlyInAnyOrderElementsOf(repositoriesByRule.keySet());
    }

    @Test
    void problemsAreRankedByRepositoriesThenFindingsThenPoints() {
        assertThat(portfolio.problems())
                .isSortedAccordingTo(Comparator.comparing((Problem problem) -> problem.repositories().size())
                        .thenComparing(Problem::findings).thenComparing(Problem::points).reversed()
                        .thenComparing(Problem::ruleId));
        // the three samples share a rule: the ranking must start with it
        assertThat(portfolio.problems().get(0).repositories()).hasSize(3);
        assertThat(portfolio.problems().get(0).summary()).isNotBlank();
    }

    @Test
    void legacyShopHasATrendFromItsOlderReportToItsLatest() {
        JsonNode older = PortfolioSamples.olderReport();
        JsonNode newer = PortfolioSamples.report("legacy-shop");

        assertThat(portfolio.trends()).extracting(RepositoryHistory::key)
                .containsExactly(new RepositoryKey("legacy-shop", ""));
        RepositoryHistory trend = portfolio.trends().get(0);
        assertThat(trend.reports()).isEqualTo(2);
        assertThat(trend.first().target().headCommit()).isEqualTo(older.at("/target/headCommit").asText());
        assertThat(trend.latest().target().headCommit()).isEqualTo(newer.at("/target/headCommit").asText());
        assertThat(trend.first().target().headCommitTime()).isBefore(trend.latest().target().headCommitTime());
        assertThat(trend.change()).isCloseTo(newer.at("/score/overall").asDouble()
                - older.at("/score/overall").asDouble(), within(0.05));
    }

    @Test
    void jsonFilesThatAreNoScanReportsAreSkippedWithANoteEach() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Files.writeString(reports.resolve("package.json"), "{\"name\": \"shop\", \"version\": \"1.0.0\"}\n");
        CliRun baseline = CliRun.of("portfolio", reports.toString(), "--format", "json", "--output",
                reports.resolve("portfolio.json").toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isEqualTo(ExitCode.OK);

        ReportDirectory.Contents read = ReportDirectory.read(reports);

        assertThat(read.reports()).hasSize(4);
        assertThat(read.skipped()).containsExactly(
                "skipped " + reports.resolve("package.json") + ": not a Repo Readiness scan report (it lacks tool.name "
                        + "\"Repo Readiness\" or schemaVersion)",
                "skipped " + reports.resolve("portfolio.json") + ": not a Repo Readiness scan report (it lacks "
                        + "tool.name \"Repo Readiness\" or schemaVersion)");
    }

    @Test
    void aScanOfASubdirectoryIsARepositoryOfItsOwn() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Path repository = SampleRepository.materialize("legacy-shop",
                temp.resolve("repo").resolve("legacy-shop"));
        CliRun scan = CliRun.of("scan", repository.resolve("src").toString(), "--format", "json", "--output",
                reports.resolve("src-only.json").toString(), "--no-cache", "--quiet");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);

        Portfolio withScope = Portfolio.of(ReportDirectory.read(reports).reports());

        assertThat(withScope.repositories()).extracting(RepositoryHistory::key)
                .contains(new RepositoryKey("src", "src"), new RepositoryKey("legacy-shop", ""));
        assertThat(withScope.trends()).hasSize(1);
    }

    private static Stream<JsonNode> categories(JsonNode report) {
        return StreamSupport.stream(report.at("/score/categories").spliterator(), false);
    }

    private static Stream<JsonNode> activeFindings(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("suppressed").isNull());
    }

    private static Stream<String> activeRules(JsonNode report) {
        return activeFindings(report).map(finding -> finding.get("ruleId").asText()).distinct();
    }

    private static ScanReport latest(String name) {
        return portfolio.repositories().stream().filter(history -> history.key().name().equals(name))
                .findFirst().orElseThrow().latest();
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
