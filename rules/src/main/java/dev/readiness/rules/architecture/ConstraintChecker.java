package dev.readiness.rules.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.readiness.core.bytecode.BytecodeModel;
import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.DependencyGraph.Node;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.rules.architecture.ArchitectureConstraint.TypeUse;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks constraints on the compiled classes when the scan has them (ArchUnit rules, findings marked
 * {@code analysis: bytecode}), else on the production edges of the source dependency graph. Either way
 * one finding per (using type, used type), at the first use, for the first constraint it breaks.
 */
final class ConstraintChecker {

    static final Map<String, String> BYTECODE = Map.of("analysis", "bytecode");

    private record Violation(Edge edge, int constraint, String message) {
    }

    private ConstraintChecker() {
    }

    static void check(List<? extends ArchitectureConstraint> constraints, RepositoryContext context, FindingSink sink) {
        if (constraints.isEmpty()) {
            return;
        }
        Optional<BytecodeModel> bytecode = context.bytecode();
        Collection<Violation> violations = bytecode.isPresent() ? onBytecode(constraints, bytecode.get())
                : onSource(constraints, context);
        Map<String, String> properties = bytecode.isPresent() ? BYTECODE : Map.of();
        violations.stream()
                .sorted(Comparator.comparing((Violation violation) -> violation.edge().path())
                        .thenComparingInt(violation -> violation.edge().line()).thenComparing(Violation::message))
                .forEach(violation -> sink.report(Location.ofLine(violation.edge().path(), violation.edge().line()),
                        violation.message(), List.of(), properties));
    }

    private static Collection<Violation> onSource(List<? extends ArchitectureConstraint> constraints,
                                                  RepositoryContext context) {
        DependencyGraph graph = context.dependencyGraph();
        Map<List<String>, Violation> first = new TreeMap<>(ConstraintChecker::compareKeys);
        for (Edge edge : graph.edges()) {
            boolean production = context.isProduction(edge.path());
            Optional<Node> from = graph.node(edge.from());
            Optional<Node> to = graph.node(edge.to());
            if (production && from.isPresent() && to.isPresent()) {
                TypeUse use = new TypeUse(edge.from(), from.get().packageName(), edge.to(), to.get().packageName());
                firstViolation(constraints, use).ifPresent(violation -> keep(first,
                        new Violation(edge, violation.constraint(), violation.message())));
            }
        }
        return first.values();
    }

    private static Optional<Violation> firstViolation(List<? extends ArchitectureConstraint> constraints, TypeUse use) {
        for (int i = 0; i < constraints.size(); i++) {
            Optional<String> message = constraints.get(i).violation(use);
            if (message.isPresent()) {
                return Optional.of(new Violation(null, i, message.get()));
            }
        }
        return Optional.empty();
    }

    private static Collection<Violation> onBytecode(List<? extends ArchitectureConstraint> constraints,
                                                    BytecodeModel model) {
        Map<List<String>, Violation> first = new TreeMap<>(ConstraintChecker::compareKeys);
        for (int i = 0; i < constraints.size(); i++) {
            ArchitectureConstraint constraint = constraints.get(i);
            int index = i;
            constraint.archRule().evaluate(model.classes()).handleViolations(
                    (Collection<Dependency> dependencies, String description) -> dependencies.forEach(dependency ->
                            model.edge(dependency).ifPresent(edge -> keep(first, new Violation(edge, index,
                                    constraint.violation(use(edge, dependency)).orElse(edge.from() + " uses "
                                            + edge.to() + " against " + description))))));
        }
        return first.values();
    }

    private static TypeUse use(Edge edge, Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        JavaClass element = target.isArray() ? target.getBaseComponentType() : target;
        return new TypeUse(edge.from(), dependency.getOriginClass().getPackageName(), edge.to(),
                element.getPackageName());
    }

    /** Per (from, to): the first constraint broken, at its first line. */
    private static void keep(Map<List<String>, Violation> first, Violation violation) {
        first.merge(List.of(violation.edge().from(), violation.edge().to()), violation, (kept, next) ->
                next.constraint() < kept.constraint()
                        || next.constraint() == kept.constraint() && next.edge().line() < kept.edge().line()
                        ? next : kept);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int from = a.get(0).compareTo(b.get(0));
        return from != 0 ? from : a.get(1).compareTo(b.get(1));
    }
}
