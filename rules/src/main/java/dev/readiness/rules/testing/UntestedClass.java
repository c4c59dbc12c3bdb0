package dev.readiness.rules.testing;

import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.testmodel.TestModel;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A public production class with logic that no test reaches: no test class is named after it, references it or
 * calls a method only it declares, and no production class the tests touch depends on it, directly or through
 * others (the static dependency graph over-approximates what runs, so what it cannot reach no test runs, short of
 * reflection). Labelled on public repositories, "no test touches it" alone was wrong in most findings: abstract
 * bases tested through their subclasses, classes exercised through a facade. Reported only when the repository has
 * tests at all (a repository without any is testing/module-without-tests' business).
 */
@RuleDefinition(
        id = "testing/untested-class",
        summary = "Public production class with logic that no test reaches.",
        description = "Reports public top-level production classes, enums and records with at least one "
                + "method of some size (four lines or more, not a getter, setter, main, equals, hashCode or "
                + "toString) that no test reaches: no test class is named after it (FooTest, FooTests, TestFoo, "
                + "FooIT), references it or calls a method only it declares, and no class the tests touch depends on "
                + "it, directly or through others. Interfaces, annotations, exceptions and generated code are left "
                + "out.",
        level = Level.NOTE,
        effort = Effort.TESTS,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"testing", "coverage", "ai-readiness"}
)
public final class UntestedClass implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        TestModel model = context.testModel();
        if (model.tests().isEmpty()) {
            return;
        }
        Set<String> reached = filesReachedByTests(context, model);
        for (TestModel.ProductionClass production : model.classesWithLogic()) {
            if (model.isTested(production.type().qualifiedName()) || reached.contains(production.path())) {
                continue;
            }
            String name = production.type().simpleName();
            int line = nameLine(context, production);
            sink.report(Location.of(production.path(), Region.line(line),
                    production.type().qualifiedName()), "Public class " + name + " has logic (e.g. "
                    + largestMethod(production) + ") but no test reaches it, not even through the classes the tests "
                    + "use: add a " + name + "Test that calls its methods and asserts on the results, so changes to "
                    + "it are checked.");
        }
    }

    /**
     * The production files the tests reach: those of the classes tests touch, then every file a reached file's
     * code depends on, transitively.
     */
    private static Set<String> filesReachedByTests(RepositoryContext context, TestModel model) {
        DependencyGraph graph = context.dependencyGraph();
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (DependencyGraph.Edge edge : graph.edges()) {
            if (context.isProduction(edge.path())) {
                sourceOf(graph, edge.to()).ifPresent(target -> dependencies
                        .computeIfAbsent(edge.path(), from -> new HashSet<>()).add(target));
            }
        }
        Deque<String> pending = new ArrayDeque<>();
        model.testedClasses().forEach(type -> sourceOf(graph, type).ifPresent(pending::add));
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            String file = pending.pop();
            if (reached.add(file)) {
                pending.addAll(dependencies.getOrDefault(file, Set.of()));
            }
        }
        return reached;
    }

    /** The source file of a type of the repository; empty for an external type. */
    private static Optional<String> sourceOf(DependencyGraph graph, String type) {
        return graph.node(type).map(DependencyGraph.Node::path).filter(path -> path != null && !path.isEmpty());
    }

    private static String largestMethod(TestModel.ProductionClass production) {
        return production.type().methods().stream().filter(method -> !method.constructor())
                .max(Comparator.comparingInt(method -> method.endLine() - method.startLine()))
                .map(MethodInfo::name).map(name -> name + "()").orElse("its methods");
    }

    /** The line of the class name: the declaration's range starts at its annotations. */
    private static int nameLine(RepositoryContext context, TestModel.ProductionClass production) {
        int start = Math.max(1, production.type().startLine());
        String[] lines = context.file(production.path()).flatMap(context::readText).orElse("").split("\\R", -1);
        Pattern declaration = Pattern.compile("\\b(class|enum|record)\\s+"
                + Pattern.quote(production.type().simpleName()) + "\\b");
        for (int i = start - 1; i < lines.length && i < production.type().endLine(); i++) {
            if (declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return start;
    }
}
