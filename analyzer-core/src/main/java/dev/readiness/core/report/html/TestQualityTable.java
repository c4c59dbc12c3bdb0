package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.metrics.EvidenceMetrics;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import java.util.List;

/**
 * Test quality per build module: how many tests, how many of them check a result, the smells, how much of the
 * production code they touch and the shape of the pyramid, with a row for the whole repository.
 */
final class TestQualityTable {

    private TestQualityTable() {
    }

    static void render(Html html, AnalysisResult result) {
        TestMetrics metrics = result.testMetrics();
        html.open("section", "id", "testing");
        html.element("h2", "Test quality per module");
        html.element("p", "A test that checks no result passes whatever an agent changes. \"Check a result\" counts "
                + "tests with an assertion, a helper that asserts or an expected exception; mock-only tests only "
                + "verify calls on mocks.", "class", "lead");
        List<ModuleTestMetrics> modules = metrics.modules().stream()
                .filter(module -> module.productionLinesOfCode() > 0 || module.tests() > 0).toList();
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data test-table");
        html.raw("<thead><tr><th>Module</th><th class=\"num\">Tests</th><th class=\"num\">Check a result</th>"
                + "<th class=\"num\">Assertion-free</th><th class=\"num\">Mock-only</th>"
                + "<th class=\"num\">Classes tested</th><th class=\"num\">Test : code lines</th>"
                + "<th>Pyramid (unit / integration / end-to-end)</th></tr></thead><tbody>");
        if (modules.size() > 1) {
            modules.forEach(module -> row(html, module, module.module().isEmpty() ? "(root)" : module.module(), ""));
        }
        row(html, metrics.overall(), "All code", "total");
        html.raw("</tbody></table></div>");
        evidence(html, metrics.evidence());
        html.close("section");
    }

    private static void row(Html html, ModuleTestMetrics module, String name, String cssClass) {
        html.open("tr", "class", cssClass);
        html.open("td").element("code", name).close("td");
        html.element("td", String.valueOf(module.tests()), "class", "num");
        html.element("td", Html.percent(module.realOracleShare()), "class", "num " + band(module.realOracleShare(), 0.9, 0.6));
        html.element("td", String.valueOf(module.assertionFreeTests()), "class", "num"
                + (module.assertionFreeTests() > 0 ? " poor" : ""));
        html.element("td", String.valueOf(module.mockOnlyTests()), "class", "num"
                + (module.mockOnlyTests() > 0 ? " fair" : ""));
        html.element("td", Html.percent(module.testedClassShare()), "class", "num " + band(module.testedClassShare(), 0.8, 0.5));
        Double ratio = module.testToProductionRatio();
        html.element("td", ratio == null ? "–" : Html.number(ratio, 2), "class", "num " + band(ratio, 0.8, 0.3));
        html.element("td", module.unitTests() + " / " + module.integrationTests() + " / " + module.endToEndTests()
                + " (" + module.pyramidShape().replace('-', ' ') + ")");
        html.close("tr");
    }

    /** "good", "fair" or "poor" against two thresholds; "" when unknown. */
    private static String band(Double value, double good, double fair) {
        return value == null ? "" : value >= good ? "good" : value >= fair ? "fair" : "poor";
    }

    private static void evidence(Html html, EvidenceMetrics evidence) {
        if (evidence.reports() == 0) {
            html.element("p", "No coverage or mutation report was found; these figures come from reading the tests.",
                    "class", "note");
            return;
        }
        html.element("p", "From " + evidence.reports() + " coverage/mutation report(s): line coverage "
                + Html.percent(evidence.lineCoverage()) + ", mutation score " + Html.percent(evidence.mutationScore())
                + ", test strength " + Html.percent(evidence.testStrength()) + ".", "class", "note");
    }
}
