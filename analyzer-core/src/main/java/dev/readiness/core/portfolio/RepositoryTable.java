package dev.readiness.core.portfolio;

import dev.readiness.core.report.html.Html;
import dev.readiness.core.report.html.Svg;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio page's repository table: one row per repository, worst first, each cell carrying the value it sorts
 * by ({@code data-value}) for portfolio.js, and the score drawn as a bar coloured by its level.
 */
final class RepositoryTable {

    /** The levels from worst to best: a level sorts by its place here. */
    private static final List<String> LEVELS = List.of("not ready", "assisted", "supervised", "ready");
    private static final String[][] COLUMNS = {{"Repository", "text", ""}, {"Score", "number", "num"},
        {"Level", "number", ""}, {"Weakest category", "number", ""}, {"Biggest drag", "number", ""},
        {"Findings", "number", "num"}, {"Errors", "number", "num"}, {"Warnings", "number", "num"},
        {"Notes", "number", "num"}, {"Commit", "text", ""}};

    private RepositoryTable() {
    }

    static void render(Html html, Portfolio portfolio) {
        html.open("section", "id", "repositories");
        html.element("h2", "Repositories");
        html.element("p", PortfolioText.levelCounts(portfolio) + ". Worst score first; click a column's header to "
                + "sort by it, again to reverse.", "class", "lead");
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data sortable", "id", "repository-table");
        html.raw("<thead><tr>");
        for (String[] column : COLUMNS) {
            html.open("th", header(column));
            html.open("button", "type", "button").text(column[0]).close("button").close("th");
        }
        html.raw("</tr></thead><tbody>");
        List<RepositoryHistory> repositories = portfolio.repositories();
        for (int index = 0; index < repositories.size(); index++) {
            row(html, repositories.get(index).latest(), index);
        }
        html.raw("</tbody></table></div></section>");
    }

    /** The attributes of a column's header; the score column starts sorted, worst first. */
    private static String[] header(String[] column) {
        String[] attributes = {"data-type", column[1], "class", column[2]};
        return column[0].equals("Score")
                ? new String[] {attributes[0], attributes[1], attributes[2], attributes[3], "aria-sort", "ascending"}
                : attributes;
    }

    private static void row(Html html, ScanReport report, int index) {
        ScanReport.Score score = report.score();
        RepositoryKey key = report.key();
        html.open("tr", "data-order", String.valueOf(index), "data-repository", key.name(), "data-scope",
                key.scope());
        html.open("td", "class", "repository-name", "data-value", key.label())
                .element("strong", key.name());
        if (!key.scope().isEmpty()) {
            html.raw("<br>").element("code", "scope " + key.scope(), "class", "dir");
        }
        html.close("td");
        html.open("td", "class", "num score", "data-value", decimal(score.overall()))
                .open("div", "class", "score-cell").element("span", PortfolioText.score(report), "class", "score-value")
                .raw(scoreBar(score.overall(), levelClass(score.level()))).close("div").close("td");
        int rank = LEVELS.indexOf(score.level());
        html.open("td", "class", "level-cell", "data-value", rank < 0 ? "" : String.valueOf(rank))
                .element("span", PortfolioText.level(report), "class", "level " + levelClass(score.level()))
                .close("td");
        html.element("td", PortfolioText.weakest(report), "class", "weakest", "data-value",
                score.weakest() == null ? "" : decimal(score.weakest().score()));
        html.element("td", PortfolioText.drag(report), "class", "drag-cell", "data-value",
                score.biggestDrag() == null ? "" : decimal(score.biggestDrag().points()));
        ScanReport.Findings findings = report.findings();
        count(html, findings.total(), "findings");
        count(html, findings.errors(), "errors");
        count(html, findings.warnings(), "warnings");
        count(html, findings.notes(), "notes");
        html.element("td", PortfolioText.commit(report.target()), "class", "commit", "data-value",
                report.target().headCommitTime() == null ? "" : report.target().headCommitTime().toString());
        html.close("tr");
    }

    private static void count(Html html, int count, String cssClass) {
        html.element("td", String.valueOf(count), "class", "num " + cssClass);
    }

    /** The score as a bar across a track of 100, coloured by the level. */
    private static String scoreBar(Double score, String levelClass) {
        double width = score == null ? 0 : Math.max(0, Math.min(100, score));
        return "<svg class=\"score-bar " + Html.escape(levelClass) + "\" viewBox=\"0 0 100 8\" "
                + "preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                + Svg.rect(new Svg.At(0, 0), new Svg.At(100, 8), "track")
                + Svg.rect(new Svg.At(0, 0), new Svg.At(width, 8), "fill") + "</svg>";
    }

    /** "level-supervised", "level-not-ready"; "level-not-measured" without a level. */
    static String levelClass(String level) {
        return "level-" + (level == null ? "not-measured" : level.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    private static String decimal(Double value) {
        return value == null ? "" : PortfolioText.oneDecimal(value);
    }
}
