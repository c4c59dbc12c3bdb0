package dev.readiness.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.backtest.BacktestResult.Band;
import dev.readiness.core.backtest.BacktestResult.FileRow;
import dev.readiness.core.backtest.BacktestResult.Ranking;
import dev.readiness.core.metrics.DesignSignals;
import dev.readiness.core.metrics.HealthBand;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The backtest page: the measures as the result has them, the effort curves where they belong, and escaping. */
class BacktestHtmlWriterTest {

    /** Found everything by the time half the lines are read: 0, 0.1, 0.2 ... 1.0, then 1.0. */
    private static final List<Double> STEEP = IntStream.rangeClosed(0, 20).mapToObj(step -> Math.min(1, step / 10.0))
            .toList();
    private static final List<Double> DIAGONAL = IntStream.rangeClosed(0, 20).mapToObj(step -> step / 20.0).toList();

    private static BacktestResult result(String repository, int filesWithFixes) {
        List<FileRow> rows = List.of(
                new FileRow("src/main/java/p/Small.java", 40, 9.5, 1, 3, 10, 1, 0, 400, List.of(), DesignSignals.NONE, 0),
                new FileRow("src/main/java/p/Big.java", 2000, 3.5, 12, 80, 900, 4, 3, 2000,
                        List.of("complex-method"), DesignSignals.NONE, 5),
                new FileRow("src/main/java/p/Busy.java", 300, 8.0, 30, 60, 700, 5, 6, 900, List.of(), DesignSignals.NONE, 2));
        return new BacktestResult(repository, "8f4107953d0123456789abcdef0123456789abcd",
                Instant.parse("2025-08-21T08:30:38Z"), "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2026-08-20T22:32:24Z"), "12 months", "defect fixes", 900, 230, 3, filesWithFixes, 7,
                List.of(new Ranking("risk", "file risk", 0.851, 0.42, 0.31, 0.04, 0.5, 0.1, STEEP),
                        new Ranking("random", "random order (seeded)", Double.NaN, 0.2, 0.05, 0.05, 0.1, 0.1, DIAGONAL)),
                new BacktestResult.Flagged(10, 0.04, 0.31),
                List.of(new Band(HealthBand.GREEN, 1, 40, 0), new Band(HealthBand.YELLOW, 1, 300, 2),
                        new Band(HealthBand.RED, 1, 2000, 5)),
                rows);
    }

    @Test
    void theRankingTableHasEachRankingsMeasuresAndAnUnmeasurableAucReadsNotAvailable() {
        Document page = Jsoup.parse(new BacktestHtmlWriter().render(result("shop", 112)));

        Element risk = page.selectFirst("tr[data-ranking=risk]");
        assertThat(risk.selectFirst("td.auc").text()).isEqualTo("0.851");
        assertThat(risk.selectFirst("td.recall").text()).isEqualTo("42 %");
        assertThat(risk.select("td").get(3).text()).isEqualTo("31 % / 4 %");
        assertThat(page.selectFirst("tr[data-ranking=random] td.auc").text()).isEqualTo("n/a");
        assertThat(page.selectFirst("#summary .lead").text()).contains("900 commits, 230 of them fixes, touching 112 of "
                + "the 3 files ranked (7 file touches)");
    }

    @Test
    void eachRankingsEffortCurveIsDrawnFromItsSharesWithTheSameColourInTheLegend() {
        Document page = Jsoup.parse(new BacktestHtmlWriter().render(result("shop", 112)));

        Element steep = page.selectFirst("polyline[data-ranking=risk]");
        String[] points = steep.attr("points").split(" ");
        assertThat(points).hasSize(21);
        // x = 56 + share read × 300, y = 16 + (1 − share found) × 300
        assertThat(points[0]).isEqualTo("56.0,316.0");
        assertThat(points[2]).isEqualTo("86.0,256.0");
        assertThat(points[10]).isEqualTo("206.0,16.0");
        assertThat(points[20]).isEqualTo("356.0,16.0");
        assertThat(page.selectFirst("polyline[data-ranking=random]").attr("points")).startsWith("56.0,316.0 71.0,301.0 ");
        assertThat(steep.classNames()).contains("series-0");
        assertThat(page.select("#effort-curve line.series-0")).hasSize(1);
        assertThat(page.select("#effort-curve text.legend")).extracting(Element::text).containsExactly("risk", "random");
    }

    @Test
    void theFilesRankedFirstAreOrderedByRiskWithTheFixesTheyGot() {
        Document page = Jsoup.parse(new BacktestHtmlWriter().render(result("shop", 112)));

        assertThat(page.select("#ranked-first tbody tr")).extracting(row -> row.attr("data-path"))
                .containsExactly("src/main/java/p/Big.java", "src/main/java/p/Busy.java", "src/main/java/p/Small.java");
        assertThat(page.select("#ranked-first td.fixes")).extracting(Element::text).containsExactly("5", "2", "0");
        assertThat(page.select(".band-table tbody tr")).extracting(row -> row.select("td").get(4).text())
                .containsExactly("0.00", "6.67", "2.50");
        assertThat(page.selectFirst("#track-record").text()).contains("maintainability measure");
    }

    @Test
    void tooFewFixedFilesSaysSoAndShowsNoMeasure() {
        Document page = Jsoup.parse(new BacktestHtmlWriter().render(result("shop", 7)));

        assertThat(page.selectFirst("#not-judged").text()).startsWith("Not enough history to judge: fixes touched 7 files");
        assertThat(page.select("#rankings, #effort-curve, #ranked-first")).isEmpty();
    }

    @Test
    void theRepositoryNameCannotAddMarkupAndTheSameResultGivesTheSameBytes() {
        BacktestResult hostile = result("<script>alert(1)</script>", 112);

        String html = new BacktestHtmlWriter().render(hostile);

        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(new BacktestHtmlWriter().toBytes(hostile)).isEqualTo(new BacktestHtmlWriter().toBytes(hostile));
    }
}
