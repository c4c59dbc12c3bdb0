package dev.readiness.core.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.report.JsonOutput;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every finding, browsable: the controls and an empty table, filled page by page by the report's script from
 * the data block, so 20,000 findings cost one JSON parse and 50 table rows at a time.
 */
final class FindingsSection {

    private FindingsSection() {
    }

    static void render(Html html, AnalysisResult result) {
        html.open("section", "id", "findings");
        html.element("h2", "Findings");
        html.open("div", "class", "filters", "role", "search");
        select(html, new Filter("filter-category", "Category", "All categories"), result.countsByCategory());
        select(html, new Filter("filter-rule", "Rule", "All rules"), result.countsByRule());
        Map<String, Long> levels = new java.util.LinkedHashMap<>();
        for (Level level : Level.values()) {
            levels.put(level.id(), result.count(level));
        }
        select(html, new Filter("filter-level", "Level", "All levels"), levels);
        html.open("label").text("Status ").open("select", "id", "filter-status");
        html.element("option", "Active", "value", "active");
        if (result.comparison().isActive()) {
            html.element("option", "New only", "value", "new");
        }
        html.element("option", "Suppressed (" + result.suppressedCount() + ")", "value", "suppressed");
        html.close("select").close("label");
        html.open("label").text("Path ").open("input", "id", "filter-path", "type", "search",
                "placeholder", "contains…", "autocomplete", "off").close("label");
        html.element("button", "Reset", "type", "button", "id", "filter-reset");
        html.close("div");
        html.element("p", "", "id", "finding-count", "aria-live", "polite");
        html.raw("<div class=\"table-wrap\"><table class=\"data findings-table\" id=\"findings-table\"><thead><tr><th>Level</th><th>Rule</th>"
                + "<th>Message</th><th>Location</th></tr></thead><tbody></tbody></table></div>");
        html.raw("<noscript><p class=\"note\">The findings list needs JavaScript; the JSON and SARIF reports hold "
                + "the same findings.</p></noscript>");
        html.open("div", "class", "pager");
        html.element("button", "← Previous", "type", "button", "id", "page-prev");
        html.element("span", "", "id", "page-info");
        html.element("button", "Next →", "type", "button", "id", "page-next");
        html.close("div").close("section");
    }

    /** A filter control: element id, label, and the text of the option that filters nothing. */
    private record Filter(String id, String label, String all) {
    }

    private static void select(Html html, Filter filter, Map<String, Long> options) {
        html.open("label").text(filter.label() + " ").open("select", "id", filter.id());
        html.element("option", filter.all(), "value", "");
        options.forEach((value, count) -> html.element("option", value + " (" + count + ")", "value", value));
        html.close("select").close("label");
    }

    /**
     * The data block the script reads: rule titles and the findings with short keys (r rule, l level, p path,
     * n line, m message, s state: "new", "unchanged" or "", x suppressed, g the score points fixing it gains), in
     * the reports' one order of importance ({@link FindingPriority}). Paths and messages as the page shows them
     * ({@link ShownText}), so the script puts no control character into the page and its path filter matches the
     * data-path attributes; '<', '>' and '&' are written as JSON escapes so no message can close the script element.
     */
    static String data(AnalysisResult result) {
        ObjectNode root = JsonOutput.object();
        ObjectNode rules = root.putObject("rules");
        for (RuleMetadata rule : result.rules()) {
            ObjectNode node = rules.putObject(rule.id());
            node.put("t", rule.title());
            node.put("c", rule.category());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : FindingPriority.order(result, result.findings())) {
            ObjectNode node = findings.addObject();
            node.put("r", finding.ruleId());
            node.put("l", finding.level().id());
            node.put("p", ShownText.of(finding.location().path()));
            node.put("n", finding.location().region().startLine());
            node.put("m", ShownText.ofMessage(finding.message()));
            node.put("s", finding.baselineState() == null ? "" : finding.baselineState().id());
            node.put("x", finding.isSuppressed());
            node.put("g", result.impacts().of(finding));
        }
        String json = new String(JsonOutput.toCompactBytes(root), StandardCharsets.UTF_8);
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
