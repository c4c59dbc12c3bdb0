package dev.readiness.rules.architecture;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.PackageCycles;
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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Packages of production code that depend on each other in a cycle: one finding per strongly connected
 * component of the package graph, anchored at the first reference of the first edge to cut, the other
 * references of the edges to cut as related locations. On compiled classes when the scan has them
 * (findings marked {@code analysis: bytecode}), else on the sources.
 */
@RuleDefinition(
        id = "architecture/package-cycle",
        summary = "Packages that depend on each other in a cycle.",
        description = "Reports each strongly connected component of the package dependency graph of "
                + "production code (type references resolved against the repository's own types), with a small "
                + "set of package edges whose removal breaks every cycle in it and the exact lines of their "
                + "references.",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "modularity", "maintainability", "ai-readiness"}
)
public final class PackageCycle implements RepositoryRule {

    static final int MAX_RELATED = 20;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        List<Aggregate> edges = context.dependencyGraph().packageEdges(edge -> context.isProduction(edge.path()));
        Map<String, String> properties = context.bytecode().isPresent() ? ConstraintChecker.BYTECODE : Map.of();
        for (PackageCycles.Cycle cycle : PackageCycles.of(edges)) {
            List<Edge> references = cycle.edgesToCut().stream().flatMap(edge -> edge.references().stream()).toList();
            Edge anchor = references.get(0);
            List<Location> related = references.stream().skip(1).limit(MAX_RELATED)
                    .map(edge -> Location.ofLine(edge.path(), edge.line())
                            .withMessage(simpleName(edge.from()) + " uses " + edge.to()))
                    .toList();
            sink.report(Location.ofLine(anchor.path(), anchor.line()), message(cycle), related, properties);
        }
    }

    static String message(PackageCycles.Cycle cycle) {
        String cut = cycle.edgesToCut().stream()
                .map(edge -> edge.from() + " -> " + edge.to() + " (" + edge.count()
                        + (edge.count() == 1 ? " reference)" : " references)"))
                .collect(Collectors.joining(", "));
        return "Package cycle between " + cycle.packages().size() + " packages: " + String.join(", ", cycle.packages())
                + ". Fewest dependencies to cut: " + cut + ". Invert the dependency (an interface in the used "
                + "package's client), or move the shared type, so the packages form a hierarchy.";
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
