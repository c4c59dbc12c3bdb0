package dev.readiness.core.bytecode;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.DependencyGraph.Node;
import dev.readiness.core.source.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The repository's compiled production classes, imported with ArchUnit from class files (never loaded or
 * run), with their dependencies located in the sources: the file of the class's declaration and the
 * bytecode line, or the declaration line for class-level dependencies (fields, signatures) that have none.
 */
public final class BytecodeModel {

    private final JavaClasses classes;
    private final SourceMapping mapping;
    private final DependencyGraph graph;

    BytecodeModel(JavaClasses classes, SourceMapping mapping, Function<String, String> moduleOfPath) {
        this.classes = classes;
        this.mapping = mapping;
        this.graph = buildGraph(moduleOfPath);
    }

    /** The compiled classes whose source is a production file of the repository. */
    public JavaClasses classes() {
        return classes;
    }

    /**
     * {@code dependency} as a type edge between source names, at its file and line; empty when its
     * origin is not a repository class, its target a primitive, or both are the same source type.
     */
    public Optional<Edge> edge(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        JavaClass element = target.isArray() ? target.getBaseComponentType() : target;
        String from = SourceMapping.sourceName(dependency.getOriginClass());
        String to = SourceMapping.sourceName(element);
        if (element.isPrimitive() || from.equals(to)) {
            return Optional.empty();
        }
        int line = dependency.getSourceCodeLocation().getLineNumber();
        return mapping.declaration(dependency.getOriginClass())
                .map(declared -> new Edge(from, to, declared.path(), line > 0 ? line : declared.startLine()));
    }

    /** The type dependency graph of the compiled classes, with bytecode-precise edges. */
    public DependencyGraph dependencyGraph() {
        return graph;
    }

    private DependencyGraph buildGraph(Function<String, String> moduleOfPath) {
        Map<String, Node> nodes = new TreeMap<>();
        List<Edge> edges = new ArrayList<>();
        for (JavaClass type : classes) {
            Optional<TypeInfo> declared = mapping.declaration(type);
            JavaClass named = SourceMapping.namedClass(type);
            declared.ifPresent(info -> nodes.putIfAbsent(SourceMapping.sourceName(named), new Node(
                    SourceMapping.sourceName(named), named.getPackageName(), DependencyGraph.Origin.INTERNAL,
                    info.path(), moduleOfPath.apply(info.path()), isAbstract(named))));
            type.getDirectDependenciesFromSelf().forEach(dependency -> edge(dependency).ifPresent(edges::add));
        }
        return DependencyGraph.of(nodes.values(), edges);
    }

    private static boolean isAbstract(JavaClass type) {
        return type.isInterface() || type.getModifiers().contains(JavaModifier.ABSTRACT);
    }
}
