package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.portfolio.Portfolio;
import dev.readiness.core.portfolio.PortfolioCsv;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.portfolio.PortfolioHtmlWriter;
import dev.readiness.core.portfolio.PortfolioJson;
import dev.readiness.core.portfolio.PortfolioMarkdown;
import dev.readiness.core.portfolio.ReportDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four portfolio formats written from real scan reports of three samples and an older one of legacy-shop. */
class PortfolioWritersTest {

    /** A directory name a repository may really have on Linux: markup, table syntax, quotes, a comma, controls. */
    private static final String HOSTILE = "shop, \"the\" <script>alert(1)</script> [x](http://e.vil) | *x*"
            + "\u001b[31m\nnext";

    static Portfolio portfolio;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheSampleReports() throws PortfolioException {
        portfolio = Portfolio.of(ReportDirectory.read(PortfolioSamples.reports()).reports());
    }

    @Test
    void theJsonListsEveryRepositoryWorstFirstWithItsLatestReportsNumbers() throws IOException {
        JsonNode json = new ObjectMapper().readTree(PortfolioJson.write(portfolio));

        assertThat(json.fieldNames()).toIterable().containsExactly("portfolioSchemaVersion", "tool", "reports",
                "repositoryCount", "repositories", "problems", "trends");
        assertThat(json.get("reports").asInt()).isEqualTo(4);
        assertThat(json.get("repositories")).extracting(node -> node.get("name").asText(),
                        node -> node.get("score").asDouble(), node -> node.get("level").asText(),
                        node -> node.at("/findings/total").asInt(), node -> node.get("headCommit").asText(),
                        node -> node.get("report").asText())
                .containsExactlyElementsOf(PortfolioSamples.SAMPLES.stream()
                        .map(PortfolioSamples::report)
                        .sorted(Comparator.comparingDouble(report -> report.at("/score/overall").asDouble()))
                        .map(report -> tuple(report.at("/target/name").asText(), report.at("/score/overall").asDouble(),
                                report.at("/score/level").asText(), report.at("/summary/total").asInt(),
                                report.at("/target/headCommit").asText(),
                                report.at("/target/name").asText() + "/readiness.json"))
                        .toList());
    }

    @Test
    void theJsonRanksTheProblemsAndHasTheTrendOfLegacyShop() throws IOException {
        JsonNode json = new ObjectMapper().readTree(PortfolioJson.write(portfolio));
        JsonNode older = PortfolioSamples.olderReport();

        assertThat(json.at("/problems/0/repositoryCount").asInt()).isEqualTo(3);
        assertThat(json.at("/problems/0/repositories")).extracting(node -> node.get("name").asText())
                .containsExactlyInAnyOrderElementsOf(PortfolioSamples.SAMPLES);
        assertThat(json.get("problems")).extracting(node -> node.get("repositoryCount").asInt())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(json.get("trends")).extracting(node -> node.get("name").asText(), node -> node.get("reports").asInt(),
                        node -> node.at("/first/headCommit").asText(), node -> node.at("/first/score").asDouble(),
                        node -> node.at("/first/report").asText())
                .containsExactly(tuple("legacy-shop", 2, older.at("/target/headCommit").asText(),
                        older.at("/score/overall").asDouble(), PortfolioSamples.OLDER_REPORT));
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerRepositoryWithCrlfLineEnds() {
        String csv = new String(PortfolioCsv.write(portfolio), StandardCharsets.UTF_8);
        JsonNode shop = PortfolioSamples.report("legacy-shop");
        JsonNode older = PortfolioSamples.olderReport();

        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines).hasSize(5).endsWith("");
        assertThat(lines.get(0)).isEqualTo("name,scope,score,level,weakestCategory,weakestCategoryScore,biggestDrag,"
                + "biggestDragPoints,findings,errors,warnings,notes,headCommit,headCommitTime,branch,reports,firstScore,"
                + "firstCommitTime,scoreChange,report,toolVersion");
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyElementsOf(portfolio.repositories().stream().map(history -> history.key().name()).toList());
        assertThat(lines).filteredOn(line -> line.startsWith("legacy-shop,")).singleElement().asString()
                .startsWith("legacy-shop,," + oneDecimal(shop.at("/score/overall")) + "," + shop.at("/score/level").asText()
                        + "," + shop.at("/score/biggestDrag/category").asText())
                .endsWith(",main,2," + oneDecimal(older.at("/score/overall")) + "," + older.at("/target/headCommitTime")
                        .asText() + "," + oneDecimal(shop.at("/score/overall").asDouble()
                        - older.at("/score/overall").asDouble()) + ",legacy-shop/readiness.json,"
                        + shop.at("/tool/version").asText());
    }

    @Test
    void theMarkdownHasARowPerRepositoryTheRankingAndTheTrend() {
        String markdown = new String(PortfolioMarkdown.write(portfolio), StandardCharsets.UTF_8);
        JsonNode shop = PortfolioSamples.report("legacy-shop");
        JsonNode older = PortfolioSamples.olderReport();

        assertThat(markdown).startsWith("# Readiness portfolio: 3 repositories\n\n")
                .contains("\n## Repositories, worst first\n", "\n## Most common problems\n", "\n## Trend\n");
        assertThat(markdown.lines().filter(line -> line.startsWith("| legacy-shop |")))
                .containsExactly("| legacy-shop | " + Math.round(shop.at("/score/overall").asDouble()) + " | "
                                + shop.at("/score/level").asText() + " | " + weakest(shop) + " | "
                                + String.format(Locale.ROOT, "%s, %.1f points of 100 lost",
                                        shop.at("/score/biggestDrag/category").asText(),
                                        shop.at("/score/biggestDrag/points").asDouble())
                                + " | " + shop.at("/summary/total").asInt() + " (" + counts(shop) + ") | "
                                + shop.at("/target/headCommit").asText().substring(0, 10) + " ("
                                + shop.at("/target/headCommitTime").asText().substring(0, 10) + ") |",
                        "| legacy-shop | 2 | " + oneDecimal(older.at("/score/overall")) + " at "
                                + older.at("/target/headCommit").asText().substring(0, 10) + " ("
                                + older.at("/target/headCommitTime").asText().substring(0, 10) + ") | "
                                + oneDecimal(shop.at("/score/overall")) + " at "
                                + shop.at("/target/headCommit").asText().substring(0, 10) + " ("
                                + shop.at("/target/headCommitTime").asText().substring(0, 10) + ") | "
                                + String.format(Locale.ROOT, "%+.1f", shop.at("/score/overall").asDouble()
                                        - older.at("/score/overall").asDouble()) + " |");
        assertThat(markdown).contains("\n| " + portfolio.problems().get(0).ruleId() + " | 3 | ");
    }

    @Test
    void aHostileRepositoryNameStaysTextInEveryFormat() throws IOException, PortfolioException {
        Portfolio hostile = Portfolio.of(ReportDirectory.read(hostileReports()).reports());

        String markdown = new String(PortfolioMarkdown.write(hostile), StandardCharsets.UTF_8);
        String html = new String(new PortfolioHtmlWriter().toBytes(hostile), StandardCharsets.UTF_8);
        String csv = new String(PortfolioCsv.write(hostile), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(PortfolioJson.write(hostile));

        assertThat(markdown.lines().filter(line -> line.startsWith("| shop"))).singleElement().asString()
                .startsWith("| shop, \"the\" \\<script\\>alert(1)\\</script\\> \\[x\\](http://e.vil) \\| \\*x\\*"
                        + "\\\\e\\[31m\\\\nnext | ");
        assertThat(html).doesNotContain("<script>alert", "\u001b")
                .contains("<strong>shop, &quot;the&quot; &lt;script&gt;alert(1)&lt;/script&gt; [x](http://e.vil) | *x*"
                        + "\\e[31m\\nnext</strong>");
        assertThat(csv).contains("\r\n\"shop, \"\"the\"\" <script>alert(1)</script> [x](http://e.vil) | *x*\u001b[31m"
                + "\nnext\",,");
        assertThat(json.at("/repositories/0/name").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void theHtmlPageIsSelfContained() {
        String html = new String(new PortfolioHtmlWriter().toBytes(portfolio), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n")
                .contains("<style>", "<script>", "id=\"repository-table\"")
                .doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("<link", "@import", "url(");
    }

    private Path hostileReports() throws IOException {
        ObjectNode report = (ObjectNode) PortfolioSamples.report("weak-tests").deepCopy();
        ((ObjectNode) report.get("target")).put("name", HOSTILE);
        Path reports = Files.createDirectories(temp.resolve("hostile"));
        new ObjectMapper().writeValue(reports.resolve("readiness.json").toFile(), report);
        return reports;
    }

    private static String weakest(JsonNode report) {
        JsonNode lowest = StreamSupport.stream(report.at("/score/categories").spliterator(), false)
                .filter(category -> !category.get("score").isNull())
                .min(Comparator.comparingDouble(category -> category.get("score").asDouble())).orElseThrow();
        return lowest.get("id").asText() + " " + Math.round(lowest.get("score").asDouble());
    }

    /** "2 warnings, 28 notes" from the summary's levels that have findings. */
    private static String counts(JsonNode report) {
        return Stream.of("error", "warning", "note")
                .filter(level -> report.at("/summary/byLevel/" + level).asInt() > 0)
                .map(level -> report.at("/summary/byLevel/" + level).asInt() + " " + level
                        + (report.at("/summary/byLevel/" + level).asInt() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
    }

    private static String oneDecimal(JsonNode number) {
        return oneDecimal(number.asDouble());
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
