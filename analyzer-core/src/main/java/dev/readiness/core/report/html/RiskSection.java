package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The top risks first, in plain language: the rules whose findings are worth the most score points fixed (the sum
 * of their {@link dev.readiness.core.analysis.FindingImpacts impacts}), each with where it struck, why it matters
 * and how to fix it (from the rule's help). Among rules worth the same, the weight decides: level weight (error
 * 10, warning 3, note 1; security rules × 3) times 1 + log2(count), so many notes do not bury a few warnings.
 */
final class RiskSection {

    static final int TOP_RISKS = 6;
    private static final int PLACES_NAMED = 3;

    private RiskSection() {
    }

    /** One rule's findings, the score points fixing them gains, and the weight that ranks rules worth the same. */
    record Risk(RuleMetadata rule, List<Finding> findings, double gain, double weight) {
    }

    static void render(Html html, AnalysisResult result) {
        html.open("section", "id", "risks");
        html.element("h2", "Top risks");
        List<Risk> risks = ranked(result);
        if (risks.isEmpty()) {
            html.element("p", "No active findings: nothing stands in an agent's way that the rules can see.",
                    "class", "empty");
        } else {
            html.element("p", "The rules whose findings are worth the most score points fixed, then the heaviest. "
                    + "All findings are listed under Findings below.", "class", "lead");
            html.open("ol", "class", "risks");
            risks.stream().limit(TOP_RISKS).forEach(risk -> risk(html, risk));
            html.close("ol");
        }
        html.close("section");
    }

    static List<Risk> ranked(AnalysisResult result) {
        Map<String, RuleMetadata> rules = new TreeMap<>();
        result.rules().forEach(rule -> rules.put(rule.id(), rule));
        Map<String, List<Finding>> byRule = result.activeFindings().stream()
                .filter(finding -> rules.containsKey(finding.ruleId()))
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
        return byRule.entrySet().stream()
                .map(entry -> new Risk(rules.get(entry.getKey()), entry.getValue(),
                        entry.getValue().stream().mapToDouble(finding -> result.impacts().of(finding)).sum(),
                        weight(rules.get(entry.getKey()), entry.getValue())))
                .sorted(Comparator.comparingDouble((Risk risk) -> Math.round(risk.gain() * 10) / 10.0).reversed()
                        .thenComparing(Comparator.comparingDouble(Risk::weight).reversed())
                        .thenComparing(risk -> risk.rule().id()))
                .toList();
    }

    private static double weight(RuleMetadata rule, List<Finding> findings) {
        Level worst = findings.stream().map(Finding::level).min(Comparator.naturalOrder()).orElse(Level.NOTE);
        double level = switch (worst) {
            case ERROR -> 10;
            case WARNING -> 3;
            case NOTE -> 1;
        };
        return level * (rule.isSecurityRule() ? 3 : 1) * (1 + Math.log(findings.size()) / Math.log(2));
    }

    private static void risk(Html html, Risk risk) {
        RuleMetadata rule = risk.rule();
        RuleHelpText help = new RuleHelpText(rule.helpMarkdown());
        Level worst = risk.findings().stream().map(Finding::level).min(Comparator.naturalOrder()).orElseThrow();
        html.open("li", "class", "risk", "data-rule", rule.id());
        html.open("h3").element("span", worst.id(), "class", "badge " + worst.id()).text(" ")
                .text(rule.title()).close("h3");
        html.open("p", "class", "where").text(where(risk.findings())).close("p");
        if (risk.gain() >= 0.05) {
            html.element("p", "Fixing " + (risk.findings().size() == 1 ? "it" : "them") + " gains about "
                    + Html.number(risk.gain(), 1) + " points of the readiness score.", "class", "gain");
        }
        html.raw(help.firstParagraph("Why").orElse("<p>" + Html.escape(rule.shortDescription()) + "</p>"));
        fix(html, help.sectionBlocks("How to fix"));
        int count = risk.findings().size();
        html.open("p").element("button", count == 1 ? "Show this finding" : "Show these " + count + " findings",
                "type", "button",
                "class", "show-rule", "data-rule", rule.id()).text(" ").element("code", rule.id(), "class", "rule-id")
                .close("p");
        html.close("li");
    }

    /** How to fix, with the worked example (code before and after) folded away so the risks stay short. */
    private static void fix(Html html, List<String> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        int example = Math.max(1, RuleHelpText.exampleStart(blocks));
        html.open("div", "class", "fix").element("h4", "How to fix");
        blocks.subList(0, example).forEach(html::raw);
        if (example < blocks.size()) {
            html.open("details", "class", "example").element("summary", "Example");
            blocks.subList(example, blocks.size()).forEach(html::raw);
            html.close("details");
        }
        html.close("div");
    }

    /** "12 findings in 7 files; most in a.java (4), b.java (3), c.java (2)". */
    static String where(List<Finding> findings) {
        Map<String, Long> byPath = findings.stream().collect(Collectors.groupingBy(
                finding -> finding.location().path(), TreeMap::new, Collectors.counting()));
        Map<String, Long> top = new LinkedHashMap<>();
        byPath.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PLACES_NAMED).forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        String places = top.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
        return count(findings.size(), "finding") + " in " + count(byPath.size(), "file")
                + (byPath.size() == 1 ? ": " + byPath.keySet().iterator().next()
                : "; most in " + places);
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
