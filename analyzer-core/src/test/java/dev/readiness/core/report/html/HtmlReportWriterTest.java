package dev.readiness.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.FindingImpacts;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.RemediationPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML audit report's content, structure and safety, read back with jsoup. */
class HtmlReportWriterTest {

    private static final HtmlReportWriter WRITER = new HtmlReportWriter();

    @Test
    void showsTheScoreItsLevelAndEveryCategory() {
        AnalysisResult result = ReportFixtures.result();

        Document page = parse(result);

        Element score = page.getElementById("overall-score");
        assertThat(score.text()).isEqualTo(String.valueOf(result.score().displayed().orElseThrow()));
        assertThat(score.attr("data-score")).isEqualTo(String.valueOf(result.score().overall()));
        assertThat(page.getElementById("level").text()).isEqualTo(result.score().level().orElseThrow().label());
        assertThat(page.select(".card[data-category]").eachAttr("data-category"))
                .containsExactly("architecture", "modularity", "testing", "history", "context", "hygiene");
        assertThat(page.select(".card[data-category=modularity] .input-name").eachText())
                .isEqualTo(result.score().category("modularity").orElseThrow().inputs().stream()
                        .map(input -> input.name()).toList());
        assertThat(page.title()).isEqualTo("Readiness audit: acme-shop – " + score.text() + "/100");
    }

    @Test
    void aChecklistItemReadsAsWhatHoldsSoAPassedOneNeverReadsLikeTheProblem() {
        RuleMetadata noCi = ReportFixtures.rule("context/no-ci", Level.WARNING, null,
                "# No CI: nothing checks a change\n\n## How to fix\n\nAdd a workflow.\n").withHolds("CI builds the project");
        Finding missing = ReportFixtures.finding(noCi, Level.WARNING, Location.ofLine("README.md", 1), "No CI configuration.");
        AnalysisResult passing = AnalysisResult.builder(ReportFixtures.TARGET,
                ReportFixtures.score(List.of(noCi), List.of(), CodeHealthSummary.EMPTY)).rules(List.of(noCi)).build();
        AnalysisResult failing = AnalysisResult.builder(ReportFixtures.TARGET,
                ReportFixtures.score(List.of(noCi), List.of(missing), CodeHealthSummary.EMPTY)).rules(List.of(noCi))
                .findings(List.of(missing)).build();

        Element passed = parse(passing).selectFirst(".card[data-category=context] .input-name");
        Element failed = parse(failing).selectFirst(".card[data-category=context] .input-name");

        assertThat(passed.text()).isEqualTo("CI builds the project");
        assertThat(passed.parent().className()).isEqualTo("pass");
        assertThat(failed.text()).isEqualTo("CI builds the project");
        assertThat(failed.parent().className()).isEqualTo("fail");
    }

    @Test
    void checklistInputsOfARuleThatDeclaresNothingHoldingShowTheRulesTitle() {
        RuleMetadata noCi = ReportFixtures.rule("context/no-ci", Level.WARNING, null,
                "# No CI: nothing checks a change\n\n## How to fix\n\nAdd a workflow.\n");
        AnalysisResult result = AnalysisResult.builder(ReportFixtures.TARGET,
                ReportFixtures.score(List.of(noCi), List.of(), CodeHealthSummary.EMPTY)).rules(List.of(noCi)).build();

        Element input = parse(result).selectFirst(".card[data-category=context] .input-name");

        assertThat(input.text()).isEqualTo("No CI: nothing checks a change");
        assertThat(input.attr("title")).isEqualTo("context/no-ci");
        assertThat(input.parent().className()).isEqualTo("pass"); // no finding: the checklist item passes
    }

    @Test
    void aRuleWhoseFindingsAreWorthScorePointsRanksAboveAHeavierOneThatIsWorthNone() {
        List<Finding> findings = ReportFixtures.findings();
        List<Double> gains = findings.stream().map(finding -> finding.ruleId().equals("hygiene/console-logging") ? 0.7
                : 0.0).toList();
        AnalysisResult result = AnalysisResult.builder(ReportFixtures.TARGET, ReportFixtures.score(ReportFixtures.RULES,
                findings, ReportFixtures.health())).rules(ReportFixtures.RULES).findings(findings)
                .impacts(FindingImpacts.of(findings, gains, RemediationPlan.NONE)).build();

        Document page = parse(result);

        assertThat(page.select("li.risk").eachAttr("data-rule")).containsExactly("hygiene/console-logging",
                "hygiene/hardcoded-secret", "architecture/package-cycle");
        // three findings worth 0.7 each
        assertThat(page.selectFirst("li.risk .gain").text()).isEqualTo("Fixing them gains about 2.1 points of the "
                + "readiness score.");
        assertThat(page.select("li.risk .gain")).hasSize(1);
    }

    @Test
    void theOverviewNamesTheCategoryThatCostsTheMostPoints() {
        AnalysisResult result = ReportFixtures.result();
        ReadinessScore.Drag drag = result.score().biggestDrag().orElseThrow();

        Element named = parse(result).selectFirst("#overview #biggest-drag");

        assertThat(named.text()).isEqualTo("Biggest drag: " + drag.category() + ", "
                + String.format(java.util.Locale.ROOT, "%.1f", drag.points()) + " points of 100 lost.");
    }

    @Test
    void ranksAnErrorAboveManyNotesAndExplainsHowToFixIt() {
        Document page = parse(ReportFixtures.result());

        assertThat(page.select("li.risk").eachAttr("data-rule")).containsExactly("hygiene/hardcoded-secret",
                "architecture/package-cycle", "hygiene/console-logging");
        Element secret = page.selectFirst("li.risk");
        assertThat(secret.selectFirst("h3").text()).isEqualTo("error Hardcoded secret: credentials in the source");
        assertThat(secret.selectFirst(".where").text()).isEqualTo("1 finding in 1 file: " + ReportFixtures.ORDER);
        assertThat(secret.selectFirst("p:not(.where):not(.gain)").html()).isEqualTo("Agents copy what they see, <strong>including</strong> keys.");
        assertThat(secret.select(".fix li").eachText())
                .containsExactly("Move the key to a vault or the environment.", "Rotate it.");
        assertThat(secret.select(".fix li code").eachText()).containsExactly("vault");
        assertThat(page.select("li.risk").get(2).selectFirst(".where").text())
                .isEqualTo("3 findings in 2 files; most in " + ReportFixtures.BILLING + " (2), "
                        + ReportFixtures.ORDER + " (1)");
    }

    @Test
    void drawsOneBubblePerChangedFileSizedByItsLinesAndPlacedByItsHealth() {
        Document page = parse(ReportFixtures.result());

        List<Element> bubbles = page.select("#hotspot-chart circle.bubble");
        assertThat(bubbles).extracting(bubble -> bubble.attr("data-path"))
                .containsExactlyInAnyOrder(ReportFixtures.ORDER, ReportFixtures.BILLING);
        Element order = page.selectFirst("circle[data-path=" + ReportFixtures.ORDER + "]");
        Element billing = page.selectFirst("circle[data-path=" + ReportFixtures.BILLING + "]");
        assertThat(order.hasClass("red")).isTrue();
        assertThat(Double.parseDouble(order.attr("r"))).isGreaterThan(Double.parseDouble(billing.attr("r")));
        // more changes further right, lower health further down
        assertThat(Double.parseDouble(order.attr("cx"))).isGreaterThan(Double.parseDouble(billing.attr("cx")));
        assertThat(Double.parseDouble(order.attr("cy"))).isGreaterThan(Double.parseDouble(billing.attr("cy")));
        assertThat(order.selectFirst("title").text()).isEqualTo(ReportFixtures.ORDER
                + ": 12 changes, health 3.5, 400 lines of code");
        assertThat(page.select("#hotspots .lead").text()).contains("changes since 2025-05-22");
    }

    @Test
    void outlinesListsAndNamesExactlyTheHotspotsOfTheMostChangedQuarter() {
        Document page = parse(ReportFixtures.result());

        // 2 files changed recently: ceil(2 / 4) = 1 most changed, Order (12 changes, red); Invoice is unhealthy too
        assertThat(page.select("#hotspot-chart circle.hotspot").eachAttr("data-path"))
                .containsExactly(ReportFixtures.ORDER);
        assertThat(page.select(".hotspot-table tr.file-row td:first-child").eachText())
                .containsExactly("Order.java src/main/java/shop/order/");
        assertThat(page.select("#hotspot-chart .bubble-label").eachText()).containsExactly("Order.java");
        assertThat(page.select("#hotspot-chart rect.hot-zone")).hasSize(1);
    }

    @Test
    void withoutHotspotsNothingIsShadedAndTheTableSaysWhy() {
        AnalysisResult result = ReportFixtures.result(ReportFixtures.findings(), new RepositoryOverview("2025-05-22",
                List.of(new FileChanges(ReportFixtures.ORDER, 2, 2, 1), new FileChanges(ReportFixtures.BILLING, 1, 1, 1)),
                List.of()));

        Document page = parse(result);

        assertThat(page.select("#hotspot-chart circle.bubble")).hasSize(2);
        assertThat(page.select("#hotspot-chart rect.hot-zone, #hotspot-chart circle.hotspot, .hotspot-table")).isEmpty();
        assertThat(page.select("#hotspots .empty").text()).isEqualTo("No hotspot: no file of the most-changed quarter "
                + "changed at least 3 times in the recent window.");
    }

    @Test
    void withoutHistoryTheChartSaysWhyItIsMissing() {
        AnalysisResult result = ReportFixtures.result(ReportFixtures.findings(),
                new RepositoryOverview(null, List.of(), List.of()));

        Document page = parse(result);

        assertThat(page.select("#hotspot-chart")).isEmpty();
        assertThat(page.select("#hotspots .empty").text()).startsWith("No hotspot chart:");
        assertThat(page.select("#cycles .empty").text()).startsWith("No package cycles");
    }

    @Test
    void drawsEachCycleWithItsEdgesAndMarksTheEdgeToCut() {
        Document page = parse(ReportFixtures.result());

        assertThat(page.select(".cycle-graph circle.package").eachText()).containsExactly("shop.billing", "shop.order");
        assertThat(page.select(".cycle-graph .package-label").eachText()).containsExactly("billing", "order");
        assertThat(page.select(".cycle-graph path.edge")).hasSize(2);
        assertThat(page.select(".cycle-graph path.edge.cut").eachText())
                .containsExactly("shop.order → shop.billing: 1 reference");
        assertThat(page.select(".cycle-graph .cut-label").eachText()).containsExactly("cut 1");
        assertThat(page.select(".cycle figcaption").text())
                .isEqualTo("2 packages under shop.*; cut order → billing (1 reference)");
    }

    @Test
    void aCycleOfMoreThanSixPackagesIsADependencyMatrixWithTheCellsToCutMarked() {
        List<String> packages = IntStream.rangeClosed(1, 7).mapToObj(i -> "shop.p" + i).toList();
        List<PackageEdge> ring = IntStream.range(0, 7).mapToObj(i -> new PackageEdge(packages.get(i),
                packages.get((i + 1) % 7), i + 2, i == 6)).toList();
        RepositoryOverview overview = new RepositoryOverview(null, List.of(), List.of(new PackageCycle(packages, ring)));

        Document page = parse(ReportFixtures.result(List.of(), overview));

        assertThat(page.select(".cycle-graph")).isEmpty();
        assertThat(page.select(".cycle-matrix tbody th").eachText()).containsExactly("1 p1", "2 p2", "3 p3", "4 p4",
                "5 p5", "6 p6", "7 p7");
        // row p7 uses column p1 with 8 references, the one edge to cut; the diagonal is the package itself
        assertThat(page.select(".cycle-matrix td.cut").eachText()).containsExactly("8");
        assertThat(page.select(".cycle-matrix td.cut").attr("title")).isEqualTo("shop.p7 → shop.p1: 8 references (cut this)");
        assertThat(page.select(".cycle-matrix td.uses").eachText()).containsExactly("2", "3", "4", "5", "6", "7");
        assertThat(page.select(".cycle-matrix td.self")).hasSize(7);
    }

    @Test
    void embedsEveryFindingAsDataAndRendersNoFindingRowsItself() throws Exception {
        List<Finding> many = IntStream.range(0, 20_000).mapToObj(i -> ReportFixtures.finding(ReportFixtures.CONSOLE,
                Level.NOTE, ReportFixtures.at("src/main/java/p" + (i % 97) + "/F" + i + ".java", i + 1), "finding " + i)).toList();

        Document page = parse(ReportFixtures.result(many, ReportFixtures.overview()));

        JsonNode data = new ObjectMapper().readTree(page.getElementById("report-data").data());
        assertThat(data.get("findings")).hasSize(20_000);
        assertThat(data.get("findings").get(0).get("m").asText()).isEqualTo("finding 0");
        assertThat(data.at("/rules/hygiene~1console-logging/t").asText()).isEqualTo("Console logging");
        assertThat(page.select("#findings-table tbody tr")).isEmpty();
        assertThat(page.select("#filter-level option").eachAttr("value")).containsExactly("", "error", "warning", "note");
        assertThat(page.select("#filter-rule option").eachText())
                .containsExactly("All rules", "hygiene/console-logging (20000)");
    }

    @Test
    void aComparisonCountsNewFindingsAndOffersThemAsAFilter() {
        List<Finding> findings = ReportFixtures.findings();
        List<Finding> compared = java.util.stream.IntStream.range(0, findings.size())
                .mapToObj(i -> findings.get(i).withBaselineState(i < 2 ? BaselineState.NEW : BaselineState.UNCHANGED))
                .toList();
        AnalysisResult result = ReportFixtures.result().withFindings(compared, new GateComparison(
                "readiness-baseline.json", null, null, List.of(new BaselineEntry("f", "hygiene/console-logging",
                        ReportFixtures.UTIL, ""))));

        Document page = parse(result);

        assertThat(page.getElementById("comparison").text()).isEqualTo("Compared with baseline "
                + "readiness-baseline.json: 2 new, 3 unchanged, 1 gone since the baseline. Only new findings fail "
                + "the quality gate.");
        assertThat(page.select("#filter-status option").eachAttr("value")).containsExactly("active", "new", "suppressed");
        assertThat(parse(ReportFixtures.result()).getElementById("comparison")).isNull();
    }

    @Test
    void sinceARefTheComparisonGivesTheScoreAtTheMergeBaseAndEveryChangedFilesHealth() {
        MergeBaseDelta delta = new MergeBaseDelta(new Trend.Change(71.7, 72.3), List.of(
                new MergeBaseDelta.FileChange(ReportFixtures.UTIL, null, 9.6, 9.8),
                new MergeBaseDelta.FileChange(ReportFixtures.ORDER, null, 9.6, 8.9)));
        AnalysisResult result = ReportFixtures.result().withFindings(ReportFixtures.findings(), new GateComparison(
                null, "main", "d87a59f67688a9f2b77cfd55aded307a6cfa5e85", List.of(), delta));

        Document page = parse(result);

        assertThat(page.getElementById("comparison").text()).endsWith("Only new findings fail the quality gate. "
                + "Score at the merge base 71.7, now 72.3 (+0.6).");
        assertThat(page.select("#health-changes summary").text())
                .isEqualTo("Code health of the 2 changed production files, at the merge base → now");
        assertThat(page.select("#health-changes li").eachText()).containsExactly(
                "9.6 → 8.9 (-0.7) " + ReportFixtures.ORDER, "9.6 → 9.8 (+0.2) " + ReportFixtures.UTIL);
    }

    @Test
    void listsTheMostSevereFindingsFirst() throws Exception {
        Document page = parse(ReportFixtures.result());

        JsonNode data = new ObjectMapper().readTree(page.getElementById("report-data").data());
        assertThat(data.get("findings")).extracting(finding -> finding.get("l").asText() + " " + finding.get("p").asText()
                + ":" + finding.get("n").asInt()).containsExactly("error " + ReportFixtures.ORDER + ":4",
                "warning " + ReportFixtures.BILLING + ":2", "note " + ReportFixtures.BILLING + ":3",
                "note " + ReportFixtures.BILLING + ":5", "note " + ReportFixtures.ORDER + ":9");
    }

    @Test
    void messagesAndPathsFromTheRepositoryCannotAddMarkupOrEndTheScript() throws Exception {
        String hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        Finding finding = ReportFixtures.finding(ReportFixtures.SECRET, Level.ERROR,
                ReportFixtures.at("src/<b>evil</b>.java", 1), hostile);

        String html = render(ReportFixtures.result(List.of(finding), ReportFixtures.overview()));
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>evil");
        assertThat(page.select("script")).hasSize(2);
        JsonNode data = new ObjectMapper().readTree(page.getElementById("report-data").data());
        assertThat(data.at("/findings/0/m").asText()).isEqualTo(hostile);
        assertThat(page.selectFirst("li.risk .where").text()).endsWith("src/<b>evil</b>.java");
    }

    @Test
    void isSelfContainedAndByteIdenticalForTheSameResult() {
        AnalysisResult result = ReportFixtures.result();

        byte[] first = WRITER.toBytes(result);
        String html = new String(first, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(WRITER.toBytes(ReportFixtures.result())).isEqualTo(first);
        assertThat(page.select("[src], link, iframe, object, embed")).isEmpty();
        assertThat(html).doesNotContain("@import").doesNotContainPattern("url\\((?!#)"); // only in-page references
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("script:not([type])").first().data()).contains("report-data");
    }

    private static String render(AnalysisResult result) {
        return new String(WRITER.toBytes(result), StandardCharsets.UTF_8);
    }

    private static Document parse(AnalysisResult result) {
        return Jsoup.parse(render(result));
    }
}
