package dev.readiness.core.backtest;

import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.backtest.BacktestResult.Band;
import dev.readiness.core.backtest.BacktestResult.FileRow;
import dev.readiness.core.backtest.BacktestResult.Ranking;
import dev.readiness.core.report.TrackRecordText;
import dev.readiness.core.report.html.Html;
import dev.readiness.core.report.html.HtmlReportWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code readiness backtest --format html}: one self-contained page for people who were not at the terminal. What
 * was compared, each ranking's measures, the effort curve (the share of the fixes found against the share of the
 * code read, in each ranking's order), the hotspots flagged at T0, the health bands and the files ranked first.
 * Byte-identical for the same result.
 */
public final class BacktestHtmlWriter {

    /** The files listed under "ranked first at T0". */
    static final int LISTED_FILES = 20;

    public byte[] toBytes(BacktestResult result) {
        return render(result).getBytes(StandardCharsets.UTF_8);
    }

    String render(BacktestResult result) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.open("meta", "name", "generator", "content", ToolInfo.NAME + " " + ToolInfo.VERSION);
        html.element("title", "Readiness backtest: " + result.repository());
        html.raw("<style>").raw(HtmlReportWriter.styleSheet()).raw("</style></head><body>");
        html.open("header", "class", "page-header").open("div", "class", "title");
        html.element("p", "Repo Readiness backtest", "class", "eyebrow");
        html.element("h1", result.repository());
        html.element("p", "ranked at " + TrackRecordText.shortCommit(result.t0Commit()) + " ("
                + TrackRecordText.day(result.t0Time()) + ") · fixes counted to "
                + TrackRecordText.shortCommit(result.endCommit()) + " (" + TrackRecordText.day(result.endTime())
                + ") · " + result.window(), "class", "meta");
        html.close("div").close("header");
        html.raw("<main>");
        summary(html, result);
        if (result.judged()) {
            rankings(html, result);
            trackRecordAndBands(html, result);
            firstRanked(html, result);
        }
        html.raw("</main>");
        html.open("footer").text(ToolInfo.NAME + " " + ToolInfo.VERSION + ". How the measures are taken and what they "
                + "showed on public projects: docs/validation.md.").close("footer");
        html.raw("</body></html>\n");
        return html.toString();
    }

    private static void summary(Html html, BacktestResult result) {
        html.open("section", "id", "summary");
        html.element("h2", "Did the ranking foretell where fixes landed?");
        html.element("p", String.format(Locale.ROOT, "The production Java files were ranked as a scan at T0 would have "
                        + "ranked them, then the defect fixes of the %s after T0 were counted per file: %d commits, %d "
                        + "of them fixes, touching %d of the %d files ranked (%d file touches).", result.window(),
                result.windowCommits(), result.fixCommits(), result.filesWithFixes(), result.files(),
                result.fixTouches()), "class", "lead");
        html.element("p", "Fixes: " + result.fixDefinition() + ".", "class", "note");
        if (!result.judged()) {
            html.element("p", String.format(Locale.ROOT, "Not enough history to judge: fixes touched %d files, fewer "
                            + "than %d. Choose an earlier --at or a longer --window.", result.filesWithFixes(),
                    BacktestResult.MIN_FILES_WITH_FIXES), "class", "empty", "id", "not-judged");
        }
        html.close("section");
    }

    private static void rankings(Html html, BacktestResult result) {
        html.open("section", "id", "rankings");
        html.element("h2", "Rankings");
        html.element("p", "AUC: the chance that a file a fix touched ranks above one no fix touched (0.5 is chance). "
                + "Recall at 20 % of the code: the share of the fixes found by reading the files in the ranking's "
                + "order until a fifth of the lines are read.", "class", "lead");
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data ranking-table");
        html.raw("<thead><tr><th>Ranking</th><th class=\"num\">AUC</th><th class=\"num\">Recall at 20 % of the code"
                + "</th><th class=\"num\">Top 10 files: fixes / code</th><th class=\"num\">Top tenth: fixes / code</th>"
                + "<th>What it ranks by</th></tr></thead><tbody>");
        for (Ranking ranking : result.rankings()) {
            html.open("tr", "data-ranking", ranking.id());
            html.element("td", ranking.id(), "class", "ranking-id");
            html.element("td", Double.isNaN(ranking.auc()) ? "n/a" : Html.number(ranking.auc(), 3), "class", "num auc");
            html.element("td", Html.percent(ranking.effortAwareRecall()), "class", "num recall");
            html.element("td", Html.percent(ranking.topTenFixShare()) + " / " + Html.percent(ranking.topTenCodeShare()),
                    "class", "num");
            html.element("td", Html.percent(ranking.topTenthFixShare()) + " / "
                    + Html.percent(ranking.topTenthCodeShare()), "class", "num");
            html.element("td", ranking.description());
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
        html.element("h3", "Fixes found against code read");
        html.element("p", "Each line reads the files in one ranking's order: across, the share of the lines read; up, "
                + "the share of the fix touches found. The higher and the further left, the fewer lines a reviewer "
                + "reads to meet the fixes to come. The dashed line is a reader with no ranking.", "class", "note");
        html.open("div", "class", "chart");
        html.raw(EffortCurvePlot.render(result.rankings()));
        html.close("div");
        html.close("section");
    }

    private static void trackRecordAndBands(Html html, BacktestResult result) {
        html.open("section", "id", "track-record");
        html.element("h2", "Track record and code health");
        html.element("p", String.join(" ", TrackRecordText.flagged(result.trackRecord())));
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data band-table");
        html.raw("<thead><tr><th>Code health at T0</th><th class=\"num\">Files</th><th class=\"num\">Lines of code"
                + "</th><th class=\"num\">Fix touches</th><th class=\"num\">Fixes per 1,000 lines</th></tr></thead>"
                + "<tbody>");
        for (Band band : result.bands()) {
            html.open("tr", "data-band", band.band().id());
            html.element("td", band.band().id(), "class", "health " + band.band().id());
            html.element("td", String.valueOf(band.files()), "class", "num");
            html.element("td", String.valueOf(band.linesOfCode()), "class", "num");
            html.element("td", String.valueOf(band.fixTouches()), "class", "num");
            html.element("td", Html.number(band.fixesPerThousandLines(), 2), "class", "num");
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
        html.element("p", "Code health is a maintainability measure: it says how hard a file is to read and change. "
                + "On public projects its bands did not foretell fixes (docs/validation.md); file risk, not the band, "
                + "ranks the hotspots.", "class", "note");
        html.close("section");
    }

    private static void firstRanked(Html html, BacktestResult result) {
        List<FileRow> first = result.fileRows().stream()
                .sorted(Comparator.comparingDouble(FileRow::risk).reversed().thenComparing(FileRow::path))
                .limit(LISTED_FILES).toList();
        html.open("section", "id", "ranked-first");
        html.element("h2", "The " + first.size() + " files ranked first by risk at T0, and the fixes they got");
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data ranked-table");
        html.raw("<thead><tr><th>File</th><th class=\"num\">Risk at T0</th><th class=\"num\">Changes before T0</th>"
                + "<th class=\"num\">Lines of code</th><th class=\"num\">Health</th><th class=\"num\">Fixes after</th>"
                + "</tr></thead><tbody>");
        for (FileRow row : first) {
            html.open("tr", "data-path", row.path());
            html.fileCell(row.path());
            html.element("td", Html.percent(row.risk()), "class", "num");
            html.element("td", String.valueOf(row.recentChanges()), "class", "num");
            html.element("td", String.valueOf(row.linesOfCode()), "class", "num");
            html.element("td", Html.number(row.health(), 1), "class", "num");
            html.element("td", String.valueOf(row.fixes()), "class", "num fixes");
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
        html.close("section");
    }
}
