package dev.readiness.core.portfolio;

import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.report.html.Html;
import dev.readiness.core.report.html.HtmlReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code readiness portfolio --format html}: one self-contained page (inline CSS and script, nothing fetched) with
 * the repositories in a table sortable by any column, a bar per score, the most common problems and the trend.
 * Every text from a report is escaped. Byte-identical for the same portfolio.
 */
public final class PortfolioHtmlWriter {

    private static final String RESOURCES = "/readiness/portfolio/";

    public byte[] toBytes(Portfolio portfolio) {
        return render(portfolio).getBytes(StandardCharsets.UTF_8);
    }

    String render(Portfolio portfolio) {
        Html html = new Html();
        String title = repositories(portfolio.repositories().size());
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.open("meta", "name", "generator", "content", ToolInfo.NAME + " " + ToolInfo.VERSION);
        html.element("title", "Readiness portfolio: " + title);
        html.raw("<style>").raw(HtmlReportWriter.styleSheet()).raw(resource("portfolio.css")).raw("</style></head><body>");
        html.open("header", "class", "page-header").open("div", "class", "title");
        html.element("p", "Repo Readiness portfolio", "class", "eyebrow");
        html.element("h1", title);
        html.element("p", "from " + portfolio.reports() + (portfolio.reports() == 1 ? " report" : " reports")
                + " · each repository's latest · " + ToolInfo.NAME + " " + ToolInfo.VERSION, "class", "meta");
        html.close("div").open("nav");
        html.element("a", "Repositories", "href", "#repositories").element("a", "Common problems", "href", "#problems")
                .element("a", "Trend", "href", "#trends");
        html.close("nav").close("header");
        html.raw("<main>");
        RepositoryTable.render(html, portfolio);
        problems(html, portfolio.problems());
        trends(html, portfolio.trends());
        html.raw("</main>");
        html.open("footer").text(ToolInfo.NAME + " " + ToolInfo.VERSION + ". The scores are explained in each "
                + "repository's own report; the formulas are in docs/scoring.md.").close("footer");
        html.raw("<script>").raw(resource("portfolio.js")).raw("</script></body></html>\n");
        return html.toString();
    }

    private static void problems(Html html, List<Problem> problems) {
        html.open("section", "id", "problems");
        html.element("h2", "Most common problems");
        if (problems.isEmpty()) {
            html.element("p", "No repository has a finding.", "class", "empty").close("section");
            return;
        }
        html.element("p", "Rules with findings in the latest reports: in the most repositories first, then the most "
                + "findings, then the most score points to gain by fixing them (each finding's impact, summed).",
                "class", "lead");
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data problem-table");
        html.raw("<thead><tr><th>Rule</th><th class=\"num\">Repositories</th><th class=\"num\">Findings</th>"
                + "<th class=\"num\">Points to gain</th><th>Where</th></tr></thead><tbody>");
        for (Problem problem : problems) {
            html.open("tr", "data-rule", problem.ruleId());
            html.open("td").element("code", problem.ruleId());
            if (!problem.summary().isEmpty()) {
                html.raw("<br>").element("span", problem.summary(), "class", "summary");
            }
            html.close("td");
            html.element("td", String.valueOf(problem.repositories().size()), "class", "num repositories");
            html.element("td", String.valueOf(problem.findings()), "class", "num findings");
            html.element("td", PortfolioText.oneDecimal(problem.points()), "class", "num points");
            html.open("td").open("details").element("summary", repositories(problem.repositories().size()))
                    .element("div", String.join(", ", problem.repositories().stream()
                            .map(RepositoryKey::label).toList())).close("details").close("td");
            html.close("tr");
        }
        html.raw("</tbody></table></div></section>");
    }

    private static void trends(Html html, List<RepositoryHistory> trends) {
        html.open("section", "id", "trends");
        html.element("h2", "Trend");
        if (trends.isEmpty()) {
            html.element("p", "No repository has reports of different commit dates; add reports of earlier commits "
                    + "to see how the scores moved.", "class", "empty").close("section");
            return;
        }
        html.element("p", "Each repository's first and latest report by commit date, and how its score moved.",
                "class", "lead");
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data trend-table");
        html.raw("<thead><tr><th>Repository</th><th class=\"num\">Reports</th><th>First</th><th>Latest</th>"
                + "<th class=\"num\">Change</th></tr></thead><tbody>");
        for (RepositoryHistory trend : trends) {
            Double change = trend.change();
            html.open("tr", "data-repository", trend.key().name(), "data-scope", trend.key().scope());
            html.element("td", trend.key().label(), "class", "repository-name");
            html.element("td", String.valueOf(trend.reports()), "class", "num");
            html.element("td", PortfolioText.scoreAt(trend.first()), "class", "first");
            html.element("td", PortfolioText.scoreAt(trend.latest()), "class", "latest");
            html.element("td", PortfolioText.change(change), "class", "num change"
                    + (change == null || change == 0 ? "" : change > 0 ? " up" : " down"));
            html.close("tr");
        }
        html.raw("</tbody></table></div></section>");
    }

    static String repositories(int count) {
        return count + (count == 1 ? " repository" : " repositories");
    }

    private static String resource(String name) {
        try (InputStream in = PortfolioHtmlWriter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
