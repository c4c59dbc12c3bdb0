package dev.readiness.cli;

import dev.readiness.core.config.Category;
import dev.readiness.core.graph.ConventionalLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The commented readiness.yml {@code readiness init} writes: the layers found (each layer may not be used by the
 * layers below it; stricter constraints commented out), and the other sections commented out as examples.
 */
final class StarterConfig {

    private static final String NEWLINE = "\n";

    private StarterConfig() {
    }

    static String render(Map<ConventionalLayer, List<String>> packagesByLayer) {
        List<ConventionalLayer> found = Arrays.stream(ConventionalLayer.values())
                .filter(layer -> !globs(packagesByLayer.getOrDefault(layer, List.of())).isEmpty()).toList();
        List<String> lines = new ArrayList<>(List.of(
                "# readiness.yml: settings for Repo Readiness (see docs/config.md). Written by 'readiness init';",
                "# every key is optional. Unknown keys and bad values stop the scan with file:line:column.",
                ""));
        lines.addAll(found.isEmpty() ? exampleArchitecture() : architecture(found, packagesByLayer));
        lines.addAll(List.of(
                "",
                "# Relative weight of each score category (non-negative, at least one positive); these are the defaults.",
                "# weights:"));
        for (Category category : Category.values()) {
            lines.add("#   " + category.id() + ": " + Math.round(category.defaultWeight()));
        }
        lines.addAll(List.of(
                "",
                "# Switch rules off, change the level of their findings (error, warning, note) or set their options",
                "# ('readiness rules <rule-id>' lists a rule's options).",
                "# rules:",
                "#   modularity/complex-method:",
                "#     level: error",
                "#     options:",
                "#       threshold: 20",
                "#   history/shallow-history:",
                "#     enabled: false",
                "",
                "# Files to scan (.gitignore-style globs, relative to the repository root).",
                "# include: [\"src/**\"]",
                "# exclude: [\"**/generated/**\"]",
                "",
                "# How much history to read (--history-since and --history-commits win over these).",
                "# history:",
                "#   since: 12 months",
                "#   commits: 5000"));
        return String.join(NEWLINE, lines) + NEWLINE;
    }

    private static List<String> architecture(List<ConventionalLayer> found,
                                             Map<ConventionalLayer, List<String>> packagesByLayer) {
        List<String> lines = new ArrayList<>(List.of(
                "# Layers inferred from stereotypes, package and class names: check the packages. A layer may use",
                "# the layers below it, never those above; the commented constraints are stricter, enable them",
                "# when they hold.",
                "architecture:",
                "  layers:"));
        for (int i = 0; i < found.size(); i++) {
            ConventionalLayer layer = found.get(i);
            List<String> below = found.subList(i + 1, found.size()).stream().map(ConventionalLayer::label).toList();
            lines.add("    - name: " + layer.label());
            lines.add("      packages: [" + quoted(globs(packagesByLayer.get(layer))) + "]");
            if (!below.isEmpty()) {
                lines.add("      mayNotBeAccessedBy: [" + String.join(", ", below) + "]");
            }
            lines.add("      # " + stricter(layer, i == 0 ? null : found.get(i - 1)));
        }
        return lines;
    }

    /** The domain is used by all and uses none; any other layer is used only by the one just above it. */
    private static String stricter(ConventionalLayer layer, ConventionalLayer above) {
        if (layer == ConventionalLayer.DOMAIN) {
            return "mayOnlyAccess: []";
        }
        return "mayOnlyBeAccessedBy: [" + (above == null ? "" : above.label()) + "]";
    }

    private static List<String> exampleArchitecture() {
        return List.of(
                "# No layers were recognised. Describe them like this (ArchUnit package globs):",
                "# architecture:",
                "#   layers:",
                "#     - name: web",
                "#       packages: [\"..web..\"]",
                "#     - name: service",
                "#       packages: [\"..service..\"]",
                "#       mayOnlyBeAccessedBy: [web]");
    }

    /** {@code com.acme.web..} for each package not already below another of the same layer. */
    static List<String> globs(List<String> packages) {
        return packages.stream().filter(name -> !name.isEmpty()).sorted()
                .filter(name -> packages.stream().noneMatch(other -> name.startsWith(other + ".")))
                .map(name -> name + "..").toList();
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "\"" + value + "\"").toList());
    }
}
