package dev.readiness.rules.architecture;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.FileFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Type references between build modules in production or test code. A type name declared in more than
 * one module (copies, shaded or sample classes) is left out: which of them a reference means is unknown.
 */
final class ModuleCodeEdges {

    private ModuleCodeEdges() {
    }

    static List<Aggregate> of(RepositoryContext context, boolean testCode) {
        Set<String> ambiguous = declaredInSeveralModules(context);
        return context.dependencyGraph().moduleEdges(edge -> context.isTest(edge.path()) == testCode
                && !ambiguous.contains(edge.from()) && !ambiguous.contains(edge.to()));
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
