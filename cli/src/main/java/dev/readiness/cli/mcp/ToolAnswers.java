package dev.readiness.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.portfolio.TrendComparison;
import dev.readiness.core.report.FixPrompts;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.RemediationPlan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The answers of the server's tools, as JSON objects built from a scan's result (the JSON report's vocabulary). */
final class ToolAnswers {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The findings one list_findings call returns at most. */
    static final int PAGE_LIMIT = 200;

    private ToolAnswers() {
    }

    /** readiness_summary: the score, level, biggest drag, categories and the remediation plan's steps. */
    static ObjectNode summary(AnalysisResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("repository", result.target().name());
        node.put("commit", result.target().headCommit());
        node.put("score", result.score().overall());
        node.put("level", result.score().level().map(ReadinessLevel::label).orElse(null));
        result.score().biggestDrag().ifPresentOrElse(drag -> node.putObject("biggestDrag")
                .put("category", drag.category()).put("points", drag.points()), () -> node.putNull("biggestDrag"));
        ObjectNode categories = node.putObject("categories");
        result.score().categories().forEach(category -> categories.put(category.category(), category.score()));
        ArrayNode actions = node.putArray("topActions");
        for (RemediationPlan.Step step : result.impacts().plan().steps()) {
            ObjectNode action = actions.addObject();
            action.put("kind", step.kind().id());
            action.put("subject", step.subject());
            action.put("ruleId", step.ruleId());
            action.put("gain", step.gain());
            action.put("scoreAfter", step.scoreAfter());
            action.put("levelAfter", step.levelAfter().label());
            action.put("effortHours", step.hours());
            ArrayNode paths = action.putArray("paths");
            step.paths().forEach(paths::add);
        }
        ObjectNode findings = node.putObject("findings");
        findings.put("total", result.activeFindings().size());
        for (Level level : Level.values()) {
            findings.put(level.id(), result.count(level));
        }
        return node;
    }

    /** One finding as the tools list it, with what fixing it gains and a prompt an agent can act on. */
    static ObjectNode finding(AnalysisResult result, RepositoryContext context, Finding finding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", finding.ruleId());
        node.put("level", finding.level().id());
        node.put("path", finding.location().path());
        node.put("line", finding.location().region().startLine());
        node.put("message", finding.message());
        node.put("impact", result.impacts().of(finding));
        node.put("fixPrompt", FixPrompts.of(result, finding));
        return node;
    }

    /** list_findings: the active findings, most important first, filtered and paged. */
    static ObjectNode findings(AnalysisResult result, RepositoryContext context, Filter filter) {
        List<Finding> matching = FindingPriority.order(result, result.activeFindings()).stream()
                .filter(filter::accepts).toList();
        ObjectNode node = JSON.createObjectNode();
        node.put("total", matching.size());
        node.put("offset", filter.offset());
        ArrayNode page = node.putArray("findings");
        matching.stream().skip(filter.offset()).limit(filter.limit())
                .forEach(finding -> page.add(finding(result, context, finding)));
        return node;
    }

    /** What list_findings keeps: a rule id, a path prefix and a level, each optional, and the page. */
    record Filter(String ruleId, String path, String level, int offset, int limit) {

        boolean accepts(Finding finding) {
            return (ruleId == null || finding.ruleId().equals(ruleId))
                    && (path == null || finding.location().path().startsWith(path))
                    && (level == null || finding.level().id().equals(level.toLowerCase(Locale.ROOT)));
        }
    }

    /** explain_rule: what the rule finds, why and how to fix it (its help), its level and measured precision. */
    static ObjectNode rule(RuleMetadata rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("title", rule.title());
        node.put("summary", rule.shortDescription());
        node.put("level", rule.defaultLevel().id());
        node.put("scored", rule.scored());
        node.put("precision", rule.measuredPrecision().map(measured -> measured.describe()).orElse(null));
        node.put("fixPromptTemplate", FixPrompts.template(rule));
        node.put("help", rule.helpMarkdown());
        return node;
    }

    /**
     * check_change: the findings the work tree adds and removes against {@code base} (matched by stable fingerprint,
     * as {@code scan --compare} matches them), the score then and now, the architecture findings among those added (a
     * broken layer rule, a new cycle) and the code health of each file the change moved.
     */
    static ObjectNode change(String base, BaseScan before, AnalysisResult now, RepositoryContext context) {
        Trend trend = TrendComparison.between(before.earlier(), now);
        ObjectNode node = JSON.createObjectNode();
        node.put("base", base);
        node.put("baseCommit", before.commit());
        node.put("scoreBefore", trend.overall().before());
        node.put("scoreNow", trend.overall().now());
        node.put("scoreChange", trend.overall().change());
        ObjectNode categories = node.putObject("categoryChanges");
        trend.categories().stream().filter(category -> category.change().change() != null)
                .forEach(category -> categories.put(category.category(), category.change().change()));
        ArrayNode added = node.putArray("added");
        trend.newFindings().forEach(finding -> added.add(finding(now, context, finding)));
        ArrayNode removed = node.putArray("removed");
        trend.goneFindings().forEach(gone -> removed.addObject().put("ruleId", gone.ruleId()).put("path", gone.path())
                .put("line", gone.line()).put("message", gone.message()));
        node.put("packageCyclesBefore", before.packageCycles());
        node.put("packageCyclesNow", now.overview().packageCycles().size());
        ArrayNode architecture = node.putArray("architectureBroken");
        trend.newFindings().stream().filter(finding -> finding.category().equals("architecture"))
                .forEach(finding -> architecture.add(finding.ruleId() + " at " + finding.location().path() + ":"
                        + finding.location().region().startLine() + ": " + finding.message()));
        healthChanges(before.healthByPath(), BaseScan.healthByPath(now), node.putArray("healthChanges"));
        return node;
    }

    /**
     * The production files whose code health the change moved, by path: health at the base and now (null where the
     * file did not exist) and the change, in path order. A file the change left as healthy as it was is not listed.
     */
    private static void healthChanges(Map<String, Double> then, Map<String, Double> current, ArrayNode changes) {
        TreeSet<String> paths = new TreeSet<>(then.keySet());
        paths.addAll(current.keySet());
        for (String path : paths) {
            Trend.Change change = new Trend.Change(then.get(path), current.get(path));
            if (change.before() == null || change.now() == null || change.change() != 0) {
                changes.addObject().put("path", path).put("healthBefore", change.before())
                        .put("healthNow", change.now()).put("change", change.change());
            }
        }
    }

    /** The rules of {@code result} by id. */
    static Map<String, RuleMetadata> rules(AnalysisResult result) {
        return result.rules().stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity(),
                (first, second) -> first));
    }
}
