package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.rule.Finding;
import java.util.List;

/**
 * The findings as printed (and in the PDF): the first {@value #PRINTED} by importance ({@link FindingPriority}) as a
 * static table, since the browsable list is drawn by script one page at a time. Hidden on screen.
 */
final class PrintedFindings {

    static final int PRINTED = 200;

    private PrintedFindings() {
    }

    static void render(Html html, AnalysisResult result) {
        List<Finding> active = result.activeFindings();
        if (active.isEmpty()) {
            return;
        }
        List<Finding> printed = FindingPriority.order(result, active).stream().limit(PRINTED).toList();
        html.open("section", "id", "printed-findings", "class", "print-only");
        html.element("h2", "Findings");
        html.element("p", (active.size() > printed.size() ? "The " + printed.size() + " most important of "
                + active.size() + " findings" : "All " + active.size() + " findings") + ", the biggest score gain "
                + "first; the JSON and SARIF reports list all of them.", "class", "lead");
        html.raw("<table class=\"data\"><thead><tr><th>Level</th><th>Rule</th><th>Message</th><th>Location</th>"
                + "</tr></thead><tbody>");
        for (Finding finding : printed) {
            html.open("tr");
            html.open("td").element("span", finding.level().id(), "class", "badge " + finding.level().id()).close("td");
            html.element("td", finding.ruleId());
            double gain = result.impacts().of(finding);
            html.element("td", ShownText.ofMessage(finding.message()) + (gain > 0 ? " " + ScoreText.gain(gain) : ""));
            location(html, finding.location().path(), finding.location().region().startLine());
            html.close("tr");
        }
        html.raw("</tbody></table></section>");
    }

    /** The path may break after a slash, never inside "File.java:17" (as the browsable list draws it). */
    private static void location(Html html, String path, int line) {
        html.open("td", "class", "location");
        int slash = path.lastIndexOf('/') + 1;
        for (String directory : path.substring(0, slash).split("/")) {
            if (!directory.isEmpty()) {
                html.text(directory + "/").raw("<wbr>");
            }
        }
        html.element("span", path.substring(slash) + ":" + line, "class", "file").close("td");
    }
}
