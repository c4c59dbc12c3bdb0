package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.report.TrendText;
import dev.readiness.core.rule.Finding;

/** With {@code scan --compare}: the scores then and now per category, and the findings new and gone since. */
final class TrendSection {

    /** The new and the gone findings listed, each; the JSON report lists all. */
    static final int LISTED = 10;

    private TrendSection() {
    }

    static void render(Html html, AnalysisResult result) {
        Trend trend = result.trend();
        if (trend == null) {
            return;
        }
        html.open("section", "id", "trend");
        html.element("h2", "Since the previous report");
        html.element("p", TrendText.headline(trend) + ".", "class", "summary");
        html.raw("<div class=\"table-wrap\"><table class=\"data trend-table\"><thead><tr><th>Category</th>"
                + "<th class=\"num\">Then</th><th class=\"num\">Now</th><th class=\"num\">Change</th></tr></thead><tbody>");
        row(html, "overall", trend.overall());
        trend.categories().forEach(category -> row(html, category.category(), category.change()));
        html.raw("</tbody></table></div>");
        if (!trend.newFindings().isEmpty()) {
            html.element("h3", "New (" + trend.newFindings().size() + ")");
            html.open("ul", "class", "trend-findings new");
            trend.newFindings().stream().limit(LISTED).forEach(finding -> item(html, finding.ruleId(),
                    place(finding), ShownText.ofMessage(finding.message())));
            html.close("ul");
        }
        if (!trend.goneFindings().isEmpty()) {
            html.element("h3", "Gone (" + trend.goneFindings().size() + ")");
            html.open("ul", "class", "trend-findings gone");
            trend.goneFindings().stream().limit(LISTED).forEach(gone -> item(html, gone.ruleId(),
                    gone.path() + ":" + gone.line(), ShownText.ofMessage(gone.message())));
            html.close("ul");
        }
        html.close("section");
    }

    private static String place(Finding finding) {
        return finding.location().path() + ":" + finding.location().region().startLine();
    }

    private static void row(Html html, String name, Trend.Change change) {
        Double delta = change.change();
        html.open("tr", "data-category", name);
        html.element("td", ScoreText.capitalised(name));
        html.element("td", change.before() == null ? "n/a" : Html.number(change.before(), 1), "class", "num");
        html.element("td", change.now() == null ? "n/a" : Html.number(change.now(), 1), "class", "num");
        html.element("td", delta == null ? "" : (delta > 0 ? "+" : "") + Html.number(delta, 1), "class",
                "num " + (delta == null || delta == 0 ? "" : delta > 0 ? "good" : "poor"));
        html.close("tr");
    }

    private static void item(Html html, String ruleId, String place, String message) {
        html.open("li").element("code", ruleId).text(" ").element("span", place, "class", "location")
                .text(" — " + message).close("li");
    }
}
