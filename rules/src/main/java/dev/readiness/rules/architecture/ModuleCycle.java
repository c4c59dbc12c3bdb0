package dev.readiness.rules.architecture;

import static dev.readiness.rules.architecture.ModuleCodeEdges.moduleName;
import static dev.readiness.rules.architecture.ModuleCodeEdges.simpleName;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.modules.DeclaredDependency;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.rules.architecture.ModuleLinks.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Build modules that depend on each other in a cycle, through their build files' declarations (main
 * scope) and their production code's type references together: one finding per strongly connected
 * component, on the cheapest link to cut (fewest code references).
 */
@RuleDefinition(
        id = "architecture/module-cycle",
        summary = "Build modules that depend on each other in a cycle.",
        description = "Reports each strongly connected component of the build-module graph formed by the "
                + "dependencies that pom.xml and Gradle build scripts declare (main scope) together with the "
                + "type references of production code between modules, including references a build file does "
                + "not declare. The finding sits on the cheapest link to cut; every link of the cycle is a related "
                + "location (its declaration and its first code reference).",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "modularity", "build", "ai-readiness"}
)
public final class ModuleCycle implements RepositoryRule {

    static final int MAX_RELATED = 20;

    private static final Comparator<Link> CHEAPEST = Comparator.comparingInt(Link::codeReferences)
            .thenComparing(ModuleLinks.ORDER);

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        List<DeclaredDependency> declared = context.moduleDependencies().all().stream()
                .filter(dependency -> dependency.scope() == DeclaredDependency.Scope.MAIN && !dependency.shared())
                .toList();
        ModuleLinks links = new ModuleLinks(declared, ModuleCodeEdges.of(context, false));
        for (List<Link> cycle : links.cycles()) {
            Link cut = cycle.stream().min(CHEAPEST).orElseThrow();
            Location anchor = declarationLocation(cut).orElseGet(() -> codeLocation(cut));
            List<Location> related = new ArrayList<>();
            for (Link link : cycle) {
                declarationLocation(link).ifPresent(related::add);
                link.code().ifPresent(code -> related.add(codeLocation(link)));
            }
            related.remove(anchor);
            sink.report(anchor, message(cycle, cut), related.stream().limit(MAX_RELATED).toList());
        }
    }

    private static java.util.Optional<Location> declarationLocation(Link link) {
        return link.declaration().map(declared -> Location.ofLine(declared.buildFile(), declared.line())
                .withMessage(moduleName(link.from()) + " declares a dependency on " + moduleName(link.to())));
    }

    private static Location codeLocation(Link link) {
        Edge first = link.code().orElseThrow().references().get(0);
        return Location.ofLine(first.path(), first.line()).withMessage(moduleName(link.from()) + " uses "
                + moduleName(link.to()) + ": " + simpleName(first.from()) + " -> " + first.to());
    }

    static String message(List<Link> cycle, Link cut) {
        TreeSet<String> modules = new TreeSet<>();
        cycle.forEach(link -> {
            modules.add(moduleName(link.from()));
            modules.add(moduleName(link.to()));
        });
        String links = cycle.stream().map(ModuleCycle::describe).collect(Collectors.joining(", "));
        return "Module cycle between " + modules.size() + " modules: " + String.join(", ", modules) + ". Links: "
                + links + ". Cheapest to cut: " + moduleName(cut.from()) + " -> " + moduleName(cut.to())
                + ". Move the types both sides need into a module below them, or invert the dependency with an "
                + "interface owned by the lower module, so the modules form a hierarchy.";
    }

    private static String describe(Link link) {
        String declared = link.declaration().map(d -> "declared in " + d.buildFile()).orElse("not declared");
        int references = link.codeReferences();
        return moduleName(link.from()) + " -> " + moduleName(link.to()) + " (" + declared + ", " + references
                + (references == 1 ? " type reference)" : " type references)");
    }
}
