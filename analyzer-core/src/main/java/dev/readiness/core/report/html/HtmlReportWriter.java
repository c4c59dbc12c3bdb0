package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.report.TrackRecordText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit report for people: one self-contained HTML file (inline CSS, script and SVG; nothing loaded from
 * the network), readable offline and printable. Sections: score and level, the six categories with their
 * inputs, top risks with how to fix them, the hotspot chart, package cycles, test quality per module and every
 * finding with filters. Byte-identical for the same result: no timestamps.
 */
public final class HtmlReportWriter {

    private static final String RESOURCES = "/readiness/report/";

    /** Writes the report of {@code result} to {@code out} and flushes it. */
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        out.write(toBytes(result));
        out.flush();
    }

    /** The report as UTF-8 bytes. */
    public byte[] toBytes(AnalysisResult result) {
        return render(result).getBytes(StandardCharsets.UTF_8);
    }

    String render(AnalysisResult result) {
        Html html = new Html();
        String name = result.target() == null ? "repository" : result.target().name();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.open("meta", "name", "generator", "content", ToolInfo.NAME + " " + ToolInfo.VERSION);
        html.element("title", "Readiness audit: " + name + " – "
                + result.score().displayed().map(score -> score + "/100").orElse("not measured"));
        html.raw("<style>").raw(resource("report.css")).raw("</style></head><body>");
        header(html, result, name);
        html.raw("<main>");
        ScoreSection.render(html, result);
        SummarySection.render(html, result);
        TrendSection.render(html, result);
        ScoreSection.renderCategories(html, result);
        ModulesSection.render(html, result);
        RiskSection.render(html, result);
        HotspotChart.render(html, result);
        CycleGraphs.render(html, result);
        TestQualityTable.render(html, result);
        FindingsSection.render(html, result);
        PrintedFindings.render(html, result);
        notifications(html, result.notifications());
        html.raw("</main>");
        html.open("footer").text(ToolInfo.NAME + " " + ToolInfo.VERSION + ". Every score input is explained by "
                + "`readiness explain`; the formulas are in docs/scoring.md.").close("footer");
        html.raw("<script type=\"application/json\" id=\"report-data\">").raw(FindingsSection.data(result))
                .raw("</script><script>").raw(resource("report.js")).raw("</script></body></html>\n");
        return html.toString();
    }

    private static void header(Html html, AnalysisResult result, String name) {
        html.open("header", "class", "page-header").open("div", "class", "title");
        html.element("p", "Repo Readiness audit", "class", "eyebrow");
        html.element("h1", name);
        List<String> described = describe(result.target(), result.architectureAnalysis());
        if (result.scannedAt() != null) {
            described.add("scanned " + TrackRecordText.minute(result.scannedAt()));
        }
        html.element("p", String.join(" · ", described), "class",
                "meta");
        html.close("div");
        html.open("nav");
        String[][] links = {{"overview", "Score"}, {"summary", "Summary"}, {"categories", "Categories"},
            {"modules", "Modules"}, {"risks", "Top risks"}, {"hotspots", "Hotspots"}, {"cycles", "Cycles"},
            {"testing", "Tests"}, {"findings", "Findings"}};
        for (String[] link : links) {
            if (!link[0].equals("modules") || !result.modules().isEmpty()) {
                html.element("a", link[1], "href", "#" + link[0]);
            }
        }
        html.close("nav").close("header");
    }

    private static List<String> describe(ScanTarget target, String architectureAnalysis) {
        List<String> parts = new ArrayList<>();
        if (target != null) {
            if (target.scope() != null && !target.scope().isEmpty()) {
                parts.add("scope " + target.scope());
            }
            if (target.branch() != null) {
                parts.add("branch " + target.branch());
            }
            if (target.headCommit() != null) {
                parts.add("commit " + target.headCommit().substring(0, Math.min(12, target.headCommit().length()))
                        + (target.headCommitTime() == null ? "" : " of " + TrackRecordText.day(target.headCommitTime())));
            }
            parts.add(target.historyStatus());
            parts.add(target.config() == null ? "default configuration" : "configuration " + target.config());
        }
        parts.add("architecture checked on " + architectureAnalysis);
        parts.add(ToolInfo.NAME + " " + ToolInfo.VERSION);
        return parts;
    }

    private static void notifications(Html html, List<ToolNotification> notifications) {
        html.open("section", "id", "notes");
        html.open("details").element("summary", "Tool notes (" + notifications.size() + "): files skipped, "
                + "history limits and other things the scan could not do fully");
        html.raw("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Level</th><th>Note</th><th>Message</th><th>Where</th></tr>"
                + "</thead><tbody>");
        for (ToolNotification notification : notifications) {
            html.open("tr");
            html.open("td").element("span", notification.level().id(), "class", "badge " + notification.level().id())
                    .close("td");
            html.element("td", notification.id());
            html.element("td", ShownText.ofMessage(notification.message()));
            html.element("td", notification.path() == null ? "" : notification.path()
                    + (notification.line() > 0 ? ":" + notification.line() : ""));
            html.close("tr");
        }
        html.raw("</tbody></table></div></details></section>");
    }

    /** The report's style sheet, which the backtest page shares. */
    public static String styleSheet() {
        return resource("report.css");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
