package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.config.Category;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Level;
import dev.readiness.core.report.MergeBaseText;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ScoreInput;
import java.util.Map;

/** The overall score as a gauge with its level and what it means, then one card per category with its inputs. */
final class ScoreSection {

    private static final double GAUGE_RADIUS = 52;
    private static final Map<Category, String> CATEGORY_QUESTION = Map.of(
            Category.ARCHITECTURE, "Are the boundaries between packages and modules clear and acyclic?",
            Category.MODULARITY, "Is the production code healthy: small, simple, cohesive units?",
            Category.TESTING, "Would the tests catch a wrong change?",
            Category.HISTORY, "Is the code that changes most healthy, and is knowledge spread over people?",
            Category.CONTEXT, "Is an agent told how to build, test and find its way?",
            Category.HYGIENE, "Are secrets kept out and errors handled?");

    private ScoreSection() {
    }

    static void render(Html html, AnalysisResult result) {
        ReadinessScore score = result.score();
        html.open("section", "id", "overview", "class", "hero");
        gauge(html, score);
        html.open("div", "class", "verdict");
        String level = score.level().map(ReadinessLevel::label).orElse("not measured");
        html.element("p", level, "id", "level", "class", "level " + levelClass(score));
        html.element("p", score.level().map(ReadinessLevel::meaning).orElse("No category could be measured."),
                "class", "meaning");
        score.biggestDrag().ifPresent(drag -> html.element("p", "Biggest drag: " + ScoreText.dragPhrase(drag) + ".",
                "class", "drag", "id", "biggest-drag"));
        facts(html, result);
        comparison(html, result);
        html.close("div").close("section");
    }

    /** One card per category: its score, the question it answers and, one click away, how it was computed. */
    static void renderCategories(Html html, AnalysisResult result) {
        categories(html, result.score(), ruleTitles(result));
    }

    /** CSS class of the level, also used for the gauge colour. */
    static String levelClass(ReadinessScore score) {
        return "level-" + score.level().map(found -> found.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .orElse("none");
    }

    private static void gauge(Html html, ReadinessScore score) {
        double circumference = 2 * Math.PI * GAUGE_RADIUS;
        double filled = score.overall() == null ? 0 : circumference * score.overall() / 100;
        html.open("div", "class", "gauge " + levelClass(score));
        html.raw("<svg viewBox=\"0 0 120 120\" role=\"img\" aria-label=\"readiness score\">"
                + "<circle class=\"gauge-track\" cx=\"60\" cy=\"60\" r=\"" + Html.number(GAUGE_RADIUS, 0) + "\"/>"
                + "<circle class=\"gauge-value\" cx=\"60\" cy=\"60\" r=\"" + Html.number(GAUGE_RADIUS, 0)
                + "\" stroke-dasharray=\"" + Html.number(filled, 2) + " " + Html.number(circumference, 2)
                + "\" transform=\"rotate(-90 60 60)\"/></svg>");
        html.open("div", "class", "gauge-label");
        html.element("span", score.displayed().map(String::valueOf).orElse("N/A"), "id", "overall-score",
                "data-score", score.overall() == null ? "" : String.valueOf(score.overall()));
        html.element("span", "/ 100", "class", "out-of");
        html.close("div").close("div");
    }

    private static void facts(Html html, AnalysisResult result) {
        ScanMetrics metrics = result.metrics();
        html.open("ul", "class", "facts");
        if (metrics != null) {
            fact(html, metrics.linesOfCode(), "line of Java", "lines of Java");
            fact(html, metrics.javaFilesParsed(), "Java file", "Java files");
            fact(html, metrics.modules(), "build module", "build modules");
        }
        fact(html, result.count(Level.ERROR), "error", "errors");
        fact(html, result.count(Level.WARNING), "warning", "warnings");
        fact(html, result.count(Level.NOTE), "note", "notes");
        html.close("ul");
    }

    /** With a baseline or a Git ref: how many findings are new, which alone fail the quality gate. */
    private static void comparison(Html html, AnalysisResult result) {
        GateComparison comparison = result.comparison();
        if (!comparison.isActive()) {
            return;
        }
        html.open("p", "class", "comparison", "id", "comparison")
                .text("Compared with " + comparison.against(name -> name) + ": ").element("strong", result.count(BaselineState.NEW) + " new").text(", "
                + result.count(BaselineState.UNCHANGED) + " unchanged" + (comparison.baselineFile() == null ? ""
                : ", " + comparison.absent().size() + " gone since the baseline") + ". Only new findings fail the "
                + "quality gate." + (comparison.delta() == null ? "" : " " + MergeBaseText.score(comparison.delta()) + "."))
                .close("p");
        if (comparison.delta() != null && !comparison.delta().files().isEmpty()) {
            healthChanges(html, comparison.delta());
        }
    }

    /** Every changed production file's code health at the merge base and now, the worst change first. */
    private static void healthChanges(Html html, MergeBaseDelta delta) {
        html.open("details", "class", "health-changes", "id", "health-changes")
                .element("summary", MergeBaseText.filesHeading(delta)).open("ul");
        delta.worstFirst().forEach(file -> html.open("li").element("span", MergeBaseText.health(file), "class", "health")
                .text(" ").element("code", MergeBaseText.path(file)).close("li"));
        html.close("ul").close("details");
    }

    private static void fact(Html html, long count, String one, String many) {
        html.open("li").element("strong", String.format(java.util.Locale.ROOT, "%,d", count))
                .text(" " + (count == 1 ? one : many)).close("li");
    }

    /**
     * Rule id → how a score input named after the rule reads (the context checklist): what holds when the rule finds
     * nothing, so a passed item never reads like the problem ("✓ CI builds the project"), else its help's title.
     */
    private static Map<String, String> ruleTitles(AnalysisResult result) {
        Map<String, String> titles = new java.util.HashMap<>();
        result.rules().forEach(rule -> titles.put(rule.id(), rule.holds().isEmpty() ? rule.title()
                : rule.holds()));
        return titles;
    }

    private static void categories(Html html, ReadinessScore score, Map<String, String> ruleTitles) {
        html.open("section", "id", "categories");
        html.element("h2", "Six categories");
        html.element("p", "The overall score is the weighted mean of the categories that could be measured. "
                + "Each card holds the measurements behind its score.", "class", "lead");
        html.open("div", "class", "cards");
        score.categories().forEach(category -> card(html, category, ruleTitles));
        html.close("div").close("section");
    }

    private static void card(Html html, CategoryScore category, Map<String, String> ruleTitles) {
        String band = !category.measured() ? "na" : category.displayed() >= 80 ? "good"
                : category.displayed() >= 60 ? "fair" : "poor";
        html.open("article", "class", "card " + band, "data-category", category.category());
        html.open("header");
        html.element("h3", ScoreText.capitalised(category.category()));
        html.element("span", category.measured() ? String.valueOf(category.displayed()) : "N/A", "class",
                "category-score");
        html.close("header");
        html.raw("<div class=\"bar\"><span style=\"width:" + (category.measured() ? category.displayed() : 0)
                + "%\"></span></div>");
        html.element("p", Category.of(category.category()).map(CATEGORY_QUESTION::get).orElse(""), "class", "question");
        html.element("p", category.measured() ? "weight " + Html.number(category.weight(), 0)
                : "not measured: " + category.reason() + " (left out; the other weights count more)", "class",
                "weight");
        // a checklist's items are what a reader scans; any other category's inputs are formulas, one click away
        boolean checklist = category.inputs().stream().anyMatch(input -> !check(input).isEmpty());
        if (!checklist && !category.inputs().isEmpty()) {
            html.open("details", "class", "formulas").element("summary", "How this score is computed");
        }
        html.open("ul", "class", "inputs");
        for (ScoreInput input : category.inputs()) {
            html.open("li", "class", check(input)).element("span", ruleTitles.getOrDefault(input.name(), input.name()),
                    "class", "input-name", "title", input.name());
            html.element("span", input.effect(), "class", "input-effect").close("li");
        }
        html.close("ul");
        if (!checklist && !category.inputs().isEmpty()) {
            html.close("details");
        }
        html.close("article");
    }

    /** Checklist items say "passes: …" or "fails: …"; the mark lets a reader scan them. */
    private static String check(ScoreInput input) {
        return input.effect().startsWith("passes") ? "pass" : input.effect().startsWith("fails") ? "fail" : "";
    }
}
