package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.report.ExecutiveSummary;
import dev.readiness.core.report.PlanText;
import dev.readiness.core.score.RemediationPlan;

/**
 * The executive summary in plain words ({@link ExecutiveSummary}) and the remediation plan as a table: what a
 * reader who stops after the first screen needs.
 */
final class SummarySection {

    private SummarySection() {
    }

    static void render(Html html, AnalysisResult result) {
        html.open("section", "id", "summary");
        html.element("h2", "Summary");
        ExecutiveSummary.paragraphs(result).forEach(paragraph -> html.element("p", paragraph, "class", "summary"));
        plan(html, result);
        html.close("section");
    }

    private static void plan(Html html, AnalysisResult result) {
        RemediationPlan plan = result.impacts().plan();
        if (plan.steps().isEmpty()) {
            return;
        }
        html.element("h3", "Plan: " + PlanText.headline(plan).orElseThrow(), "id", "plan");
        html.element("p", PlanText.levelsReached(plan).map(sentence -> sentence + ". ").orElse("")
                + "Each step is the fix that raises the score the most once the steps above it are done, so the gains "
                + "add up. Efforts are rough, from the lines each fix touches.", "class", "lead");
        html.raw("<div class=\"table-wrap\"><table class=\"data plan-table\"><thead><tr><th>#</th><th>Step</th>"
                + "<th>Where</th><th class=\"num\">Gain</th><th class=\"num\">Score after</th><th>Level</th>"
                + "<th>Effort</th></tr></thead><tbody>");
        for (int index = 0; index < plan.steps().size(); index++) {
            RemediationPlan.Step step = plan.steps().get(index);
            html.open("tr", "data-kind", step.kind().id(), "data-rule", step.ruleId() == null ? "" : step.ruleId());
            html.element("td", String.valueOf(index + 1));
            html.element("td", PlanText.title(step, result));
            html.element("td", PlanText.where(step), "class", "where");
            html.element("td", "+" + Html.number(step.gain(), 1), "class", "num gain");
            html.element("td", Html.number(step.scoreAfter(), 1), "class", "num");
            html.element("td", step.levelAfter().label());
            html.element("td", PlanText.effort(step.hours()), "class", "effort", "title", Html.number(step.hours(), 1)
                    + " hours");
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
    }
}
