package dev.readiness.rules.architecture;

import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.FileFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Type references between build modules in production or test code, as the modules' builds compile them. Left
 * out: a type name declared in more than one module (copies, shaded or sample classes), since which of them a
 * reference means is unknown; a type declared outside production code, since another module cannot compile
 * against it (a test class is reached only through a declared test jar or fixtures, so such a reference means
 * the real declaration is missing from the model, e.g. a skipped generated file); and code outside its module's
 * source roots (documentation examples, custom source sets), which no build we read compiles.
 */
final class ModuleCodeEdges {

    private ModuleCodeEdges() {
    }

    static List<Aggregate> of(RepositoryContext context, boolean testCode) {
        Set<String> ambiguous = declaredInSeveralModules(context);
        DependencyGraph graph = context.dependencyGraph();
        Map<String, BuildModule> modules = context.modules().stream()
                .collect(Collectors.toMap(BuildModule::directory, module -> module));
        return graph.moduleEdges(edge -> (testCode ? context.isTest(edge.path()) : context.isProduction(edge.path()))
                && !ambiguous.contains(edge.from()) && !ambiguous.contains(edge.to())
                && inSourceRoot(context, modules, edge.path())
                && graph.node(edge.to()).map(DependencyGraph.Node::path)
                        .filter(path -> context.isProduction(path) && inSourceRoot(context, modules, path)).isPresent());
    }

    /** Under one of the conventional source roots (src/main/java, src/test/kotlin …) of the file's module. */
    private static boolean inSourceRoot(RepositoryContext context, Map<String, BuildModule> modules, String path) {
        BuildModule module = context.file(path).map(file -> modules.get(file.moduleDirectory())).orElse(null);
        return module != null && Stream.concat(module.mainSourceRoots().stream(), module.testSourceRoots().stream())
                .anyMatch(root -> path.startsWith(root + "/"));
    }

    private static Set<String> declaredInSeveralModules(RepositoryContext context) {
        Map<String, String> moduleByType = new HashMap<>();
        Map<String, Boolean> several = new HashMap<>();
        for (FileFacts file : context.sourceFacts().all()) {
            String module = context.file(file.path()).map(RepoFile::moduleDirectory).orElse("");
            for (TypeDependencies type : file.dependencies().types()) {
                String previous = moduleByType.putIfAbsent(type.type(), module);
                several.merge(type.type(), previous != null && !previous.equals(module), Boolean::logicalOr);
            }
        }
        return several.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** "(root)" for the repository root module, else its directory. */
    static String moduleName(String directory) {
        return directory.isEmpty() ? "(root)" : directory;
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
