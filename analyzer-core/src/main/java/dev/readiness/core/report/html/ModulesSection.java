package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ModuleScore;

/**
 * The build modules and areas, each scored like the repository: one sortable table (click a heading), worst first,
 * with a bar per overall score. Absent when the repository is scored as a whole only.
 */
final class ModulesSection {

    private ModulesSection() {
    }

    static void render(Html html, AnalysisResult result) {
        if (result.modules().isEmpty()) {
            return;
        }
        html.open("section", "id", "modules");
        html.element("h2", "Modules");
        html.element("p", "Each build module" + (result.modules().stream().anyMatch(ModuleScore::area)
                ? " and each area readiness.yml names" : "") + " scored like the repository, on its own code, tests and "
                + "history; the context checklist is the repository's. Click a heading to sort.", "class", "lead");
        html.raw("<div class=\"table-wrap\"><table class=\"data sortable modules-table\"><thead><tr>");
        html.element("th", "Module", "data-sort", "text");
        html.element("th", "Score", "data-sort", "number", "class", "num");
        result.score().categories().forEach(category -> html.element("th", ScoreText.capitalised(category.category()),
                "data-sort", "number", "class", "num"));
        html.element("th", "Lines", "data-sort", "number", "class", "num");
        html.element("th", "Findings", "data-sort", "number", "class", "num");
        html.raw("</tr></thead><tbody>");
        result.modules().stream().sorted(ModuleScore.WORST_FIRST).forEach(module -> row(html, module));
        html.raw("</tbody></table></div></section>");
    }

    private static void row(Html html, ModuleScore module) {
        html.open("tr", "data-module", module.directory());
        html.open("td", "data-value", module.name()).element("code", module.name());
        if (module.area()) {
            html.element("span", "area", "class", "badge area");
        }
        html.close("td");
        Double overall = module.score().overall();
        html.open("td", "class", "num score", "data-value", overall == null ? "-1" : String.valueOf(overall));
        html.text(module.score().displayed().map(String::valueOf).orElse("N/A"));
        html.raw("<div class=\"bar\"><span style=\"width:" + module.score().displayed().orElse(0L) + "%\"></span></div>");
        html.close("td");
        for (CategoryScore category : module.score().categories()) {
            html.element("td", category.measured() ? String.valueOf(category.displayed()) : "N/A", "class", "num",
                    "data-value", category.measured() ? String.valueOf(category.score()) : "-1",
                    "title", category.measured() ? "" : category.reason());
        }
        html.element("td", String.format(java.util.Locale.ROOT, "%,d", module.linesOfCode()), "class", "num",
                "data-value", String.valueOf(module.linesOfCode()));
        html.element("td", String.valueOf(module.findings()), "class", "num", "data-value",
                String.valueOf(module.findings()));
        html.close("tr");
    }
}
