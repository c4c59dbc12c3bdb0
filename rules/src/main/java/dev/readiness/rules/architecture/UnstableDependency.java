package dev.readiness.rules.architecture;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.DependencyGraph.PackageMetrics;
import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Martin's stable-dependencies principle: a stable package (many dependents) depends on a much less
 * stable one, so every change of the unstable package can ripple into all the dependents of the stable one.
 * Metrics and edges are over production code only.
 */
@RuleDefinition(
        id = "architecture/unstable-dependency",
        summary = "A stable package depends on a much less stable one.",
        description = "Reports a dependency from a package that many other packages depend on (Ca >= "
                + UnstableDependency.MIN_DEPENDENTS + ") to a package whose instability I = Ce/(Ca+Ce) is higher by at least "
                + UnstableDependency.MIN_INSTABILITY_GAP + " (Martin's stable-dependencies principle), in production code.",
        level = Level.NOTE,
        effort = Effort.DESIGN,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "modularity", "maintainability", "ai-readiness"}
)
public final class UnstableDependency implements RepositoryRule {

    /** I(used) − I(user) at least this: the used package is much less stable than its user. */
    static final double MIN_INSTABILITY_GAP = 0.5;
    /** Ca(user) at least this: below it, a package's low instability says little. */
    static final int MIN_DEPENDENTS = 3;
    static final int MAX_RELATED = 10;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        DependencyGraph graph = context.dependencyGraph();
        Map<String, PackageMetrics> metrics = graph.packageMetrics(node -> context.isProduction(node.path())).stream()
                .collect(Collectors.toMap(PackageMetrics::packageName, Function.identity()));
        for (Aggregate edge : graph.packageEdges(edge -> context.isProduction(edge.path()))) {
            PackageMetrics from = metrics.get(edge.from());
            PackageMetrics to = metrics.get(edge.to());
            if (from != null && to != null && violates(from, to)) {
                report(edge, from, to, sink);
            }
        }
    }

    static boolean violates(PackageMetrics from, PackageMetrics to) {
        return from.afferent() >= MIN_DEPENDENTS
                && to.instability() - from.instability() >= MIN_INSTABILITY_GAP - 1e-9;
    }

    private static void report(Aggregate edge, PackageMetrics from, PackageMetrics to, FindingSink sink) {
        Edge anchor = edge.references().get(0);
        List<Location> related = edge.references().stream().skip(1).limit(MAX_RELATED)
                .map(reference -> Location.ofLine(reference.path(), reference.line())
                        .withMessage(simpleName(reference.from()) + " uses " + reference.to()))
                .toList();
        sink.report(Location.ofLine(anchor.path(), anchor.line()), message(edge, from, to), related);
    }

    static String message(Aggregate edge, PackageMetrics from, PackageMetrics to) {
        return "Stable package " + from.packageName() + " " + describe(from) + " depends on the much less stable "
                + "package " + to.packageName() + " " + describe(to) + " (" + edge.count()
                + (edge.count() == 1 ? " reference" : " references") + "). Changes of " + to.packageName()
                + " can ripple into the " + from.afferent() + " packages that depend on " + from.packageName()
                + ": depend on an abstraction owned by " + from.packageName() + " instead, or move the used code "
                + "into a stable package.";
    }

    private static String describe(PackageMetrics metrics) {
        return String.format(Locale.ROOT, "(I %.2f, A %.2f, Ca %d, Ce %d)", metrics.instability(),
                metrics.abstractness(), metrics.afferent(), metrics.efferent());
    }


    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
