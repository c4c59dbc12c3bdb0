package dev.readiness.rules.architecture;

import static dev.readiness.rules.architecture.ModuleCodeEdges.moduleName;
import static dev.readiness.rules.architecture.ModuleCodeEdges.simpleName;
import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.modules.ModuleDependencies;
import dev.readiness.core.repo.BuildModule;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Code of one build module uses types of another module that its build file does not declare: a note
 * when the build still puts the module on the classpath transitively, a warning when nothing does. Silent
 * when the build cannot be read with certainty ({@link ModuleDependencies#knowsDeclarationsOf}), when the two
 * modules belong to different builds, and, instead of the warning, when the module also depends on artifacts
 * from outside the repository, any of which may bring the other module's classes.
 */
@RuleDefinition(
        id = "architecture/undeclared-module-dependency",
        summary = "Code uses another build module that its build file does not declare.",
        description = "Reports each pair of build modules where code of one (production code, or test code "
                + "for test-scope declarations) references types of the other, but its pom.xml or Gradle build "
                + "script does not declare that module as a dependency. A warning when no declared dependency "
                + "brings the module onto the compile classpath either; a note when it only arrives transitively "
                + "(Maven's \"used undeclared\"). Builds that cannot be read with certainty (unresolved "
                + "properties, convention or script plugins, OSGi manifests) are left alone, and no warning is "
                + "given when an external dependency may bring the classes.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = {FileKind.PRODUCTION, FileKind.TEST},
        tags = {"architecture", "modularity", "build", "ai-readiness"}
)
public final class UndeclaredModuleDependency implements RepositoryRule {

    static final int MAX_RELATED = 10;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ModuleDependencies declared = context.moduleDependencies();
        Map<String, String> buildFiles = context.modules().stream()
                .collect(Collectors.toMap(BuildModule::directory, BuildModule::buildFile));
        for (boolean testCode : new boolean[] {false, true}) {
            for (Aggregate uses : ModuleCodeEdges.of(context, testCode)) {
                if (!declared.knowsDeclarationsOf(uses.from()) || !declared.canDeclare(uses.from(), uses.to())
                        || declared.direct(uses.from(), uses.to(), testCode).isPresent()) {
                    continue;
                }
                Optional<List<String>> transitively = declared.compilePath(uses.from(), uses.to(), testCode);
                if (transitively.isPresent() || !declared.mayComeFromOutside(uses.from(), testCode)) {
                    sink.report(transitively.isPresent() ? Level.NOTE : Level.WARNING, anchor(uses),
                            message(uses, testCode, transitively, buildFiles.get(uses.from())), related(uses));
                }
            }
        }
    }

    private static Location anchor(Aggregate uses) {
        Edge first = uses.references().get(0);
        return Location.ofLine(first.path(), first.line());
    }

    private static List<Location> related(Aggregate uses) {
        return uses.references().stream().skip(1).limit(MAX_RELATED)
                .map(edge -> Location.ofLine(edge.path(), edge.line())
                        .withMessage(simpleName(edge.from()) + " uses " + edge.to()))
                .toList();
    }

    static String message(Aggregate uses, boolean testCode, Optional<List<String>> transitively, String buildFile) {
        String from = moduleName(uses.from());
        String to = moduleName(uses.to());
        Edge first = uses.references().get(0);
        String head = (testCode ? "Test code" : "Production code") + " of module " + from + " uses module " + to
                + " (" + uses.count() + (uses.count() == 1 ? " type reference" : " type references") + ", first "
                + simpleName(first.from()) + " -> " + first.to() + ") but " + buildFile + " does not declare it";
        return transitively.map(path -> head + "; it only arrives transitively through " + String.join(" -> ",
                        path.stream().map(ModuleCodeEdges::moduleName).toList())
                        + ", so the build breaks when that chain changes. Declare " + to + " directly in " + buildFile
                        + ".")
                .orElse(head + (testCode ? " for tests" : "") + ", and no declared dependency brings it onto the "
                        + "compile classpath: the build cannot compile this as written. Declare " + to + " in "
                        + buildFile + (testCode ? " (test scope is enough)" : "")
                        + ", or move the code so the dependency is not needed.");
    }
}
