package dev.readiness.core.report;

import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ModuleScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The per-module scores as the terminal shows them: a table, worst first. */
public final class ModuleText {

    /** The modules the text report lists; the JSON report has all of them. */
    static final int SHOWN = 15;
    /** Column heads for the six categories, in category order. */
    private static final List<String> HEADS = List.of("arch", "mod", "test", "hist", "ctx", "hyg");

    private ModuleText() {
    }

    /** The table, or nothing when the repository is scored as a whole only. */
    public static List<String> lines(List<ModuleScore> modules) {
        if (modules.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Modules, worst first (" + modules.size() + "; 'area' marks a readiness.yml area)");
        lines.add("  score  " + HEADS.stream().map(head -> String.format(Locale.ROOT, "%4s", head))
                .collect(Collectors.joining(" ")) + "   lines  module");
        modules.stream().sorted(ModuleScore.WORST_FIRST).limit(SHOWN).forEach(module -> lines.add(String.format(
                Locale.ROOT, "  %5s  %s  %6d  %s%s", module.score().displayed().map(String::valueOf).orElse("N/A"),
                module.score().categories().stream().map(ModuleText::cell).collect(Collectors.joining(" ")),
                module.linesOfCode(), module.name(), module.area() ? " (area)" : "")));
        if (modules.size() > SHOWN) {
            lines.add("  ... and " + (modules.size() - SHOWN) + " more in the JSON report (modules)");
        }
        return lines;
    }

    private static String cell(CategoryScore category) {
        return String.format(Locale.ROOT, "%4s", category.measured() ? String.valueOf(category.displayed()) : "N/A");
    }
}
