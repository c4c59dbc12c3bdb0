package dev.readiness.core.graph;

import dev.readiness.core.source.DependencyFacts;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.DependencyFacts.TypeReference;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The type dependency graph of the scanned sources: one node per declared type and per external type
 * it uses (JDK or library, kept, not dropped), one edge per (using type, used type) with the file and
 * line of the first use; aggregated to packages (edge counts) and build modules, with Martin's metrics
 * per internal package.
 */
public final class DependencyGraph {

    public enum Origin { INTERNAL, EXTERNAL }

    /** A type: qualified name, package, origin, declaring file and module (empty for external types). */
    public record Node(String name, String packageName, Origin origin, String path, String module, boolean isAbstract) {
    }

    /** {@code from} uses {@code to}, first at {@code path}:{@code line}. */
    public record Edge(String from, String to, String path, int line) {
    }

    /** The type edges between two different packages (or modules). */
    public record Aggregate(String from, String to, List<Edge> references) {

        public Aggregate {
            references = List.copyOf(references);
        }

        public int count() {
            return references.size();
        }
    }

    /**
     * Martin's package metrics over internal packages: Ca and Ce count the other internal packages that
     * depend on this one / that this one depends on (JDepend's definition), I = Ce/(Ca+Ce) (0 when both are
     * 0), A = abstract types / types, D = |A + I - 1|.
     */
    public record PackageMetrics(String packageName, int afferent, int efferent, double instability,
                                 double abstractness, double distance) {
    }

    private final Map<String, Node> nodes = new TreeMap<>();
    private final List<Edge> edges = new ArrayList<>();

    private DependencyGraph() {
    }

    /** Builds the graph; {@code moduleOfPath} gives the build module directory of a file. */
    public static DependencyGraph build(SourceFacts facts, TypeIndex index, Function<String, String> moduleOfPath) {
        DependencyGraph graph = new DependencyGraph();
        for (FileFacts file : facts.all()) {
            String module = moduleOfPath.apply(file.path());
            for (TypeDependencies type : file.dependencies().types()) {
                graph.nodes.put(type.type(), new Node(type.type(), file.dependencies().packageName(), Origin.INTERNAL,
                        file.path(), module, type.isAbstract()));
            }
        }
        TypeResolver resolver = new TypeResolver(index);
        facts.all().forEach(file -> graph.addEdges(file, resolver));
        graph.edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to));
        return graph;
    }

    /**
     * A graph from already resolved types and edges (e.g. read from compiled classes): {@code internal}
     * are the repository's types; a target that is none of them becomes an external node. Of several
     * edges between the same two types the one with the smallest line is kept.
     */
    public static DependencyGraph of(Collection<Node> internal, Collection<Edge> typeEdges) {
        DependencyGraph graph = new DependencyGraph();
        internal.forEach(node -> graph.nodes.put(node.name(), node));
        Map<List<String>, Edge> first = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1)));
        for (Edge edge : typeEdges) {
            if (graph.nodes.containsKey(edge.from()) && !edge.from().equals(edge.to())) {
                graph.nodes.computeIfAbsent(edge.to(), DependencyGraph::externalNode);
                first.merge(List.of(edge.from(), edge.to()), edge, (a, b) -> a.line() <= b.line() ? a : b);
            }
        }
        graph.edges.addAll(first.values());
        return graph;
    }

    private void addEdges(FileFacts file, TypeResolver resolver) {
        DependencyFacts dependencies = file.dependencies();
        for (TypeDependencies type : dependencies.types()) {
            Map<String, Edge> byTarget = new TreeMap<>();
            for (TypeReference reference : type.references()) {
                resolver.resolve(reference.name(), type.type(), dependencies, reference.certain())
                        .filter(resolved -> !resolved.name().equals(type.type()))
                        .ifPresent(resolved -> {
                            nodes.computeIfAbsent(resolved.name(), DependencyGraph::externalNode);
                            byTarget.merge(resolved.name(), new Edge(type.type(), resolved.name(), file.path(),
                                    reference.line()), (a, b) -> a.line() <= b.line() ? a : b);
                        });
            }
            edges.addAll(byTarget.values());
        }
    }

    private static Node externalNode(String name) {
        int dot = name.lastIndexOf('.');
        return new Node(name, dot < 0 ? "" : name.substring(0, dot), Origin.EXTERNAL, "", "", false);
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Optional<Node> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    public long externalCount() {
        return nodes.values().stream().filter(node -> node.origin() == Origin.EXTERNAL).count();
    }

    /** Edges between different internal packages, grouped by (from, to) package, in name order. */
    public List<Aggregate> packageEdges() {
        return aggregate(Node::packageName, edge -> true);
    }

    /** {@link #packageEdges()} over the type edges that {@code include} accepts (e.g. production code only). */
    public List<Aggregate> packageEdges(Predicate<Edge> include) {
        return aggregate(Node::packageName, include);
    }

    /** Edges between different build modules, grouped by (from, to) module directory. */
    public List<Aggregate> moduleEdges() {
        return aggregate(Node::module, edge -> true);
    }

    /** {@link #moduleEdges()} over the type edges that {@code include} accepts (e.g. production code only). */
    public List<Aggregate> moduleEdges(Predicate<Edge> include) {
        return aggregate(Node::module, include);
    }

    private List<Aggregate> aggregate(Function<Node, String> group, Predicate<Edge> include) {
        Map<List<String>, List<Edge>> grouped = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1)));
        for (Edge edge : edges) {
            Node from = nodes.get(edge.from());
            Node to = nodes.get(edge.to());
            if (include.test(edge) && to.origin() == Origin.INTERNAL && !group.apply(from).equals(group.apply(to))) {
                grouped.computeIfAbsent(List.of(group.apply(from), group.apply(to)), key -> new ArrayList<>()).add(edge);
            }
        }
        List<Aggregate> result = new ArrayList<>();
        grouped.forEach((key, references) -> result.add(new Aggregate(key.get(0), key.get(1), references.stream()
                .sorted(Comparator.comparing(Edge::path).thenComparingInt(Edge::line)).toList())));
        return result;
    }

    /** Martin's metrics of every internal package, in name order. */
    public List<PackageMetrics> packageMetrics() {
        return packageMetrics(node -> true);
    }

    /**
     * Martin's metrics over the internal types that {@code include} accepts (e.g. production code only) and the
     * edges between them; packages with no such type are left out.
     */
    public List<PackageMetrics> packageMetrics(Predicate<Node> include) {
        List<Node> types = nodes.values().stream()
                .filter(node -> node.origin() == Origin.INTERNAL && include.test(node)).toList();
        Map<String, TreeSet<String>> afferent = new TreeMap<>();
        Map<String, TreeSet<String>> efferent = new TreeMap<>();
        types.forEach(node -> {
            afferent.computeIfAbsent(node.packageName(), name -> new TreeSet<>());
            efferent.computeIfAbsent(node.packageName(), name -> new TreeSet<>());
        });
        for (Aggregate edge : packageEdges(edge -> include.test(nodes.get(edge.from())) && include.test(nodes.get(edge.to())))) {
            efferent.get(edge.from()).add(edge.to());
            afferent.get(edge.to()).add(edge.from());
        }
        Map<String, List<Node>> byPackage = types.stream().collect(Collectors.groupingBy(Node::packageName));
        return afferent.keySet().stream()
                .map(name -> metrics(name, byPackage.get(name), afferent.get(name).size(), efferent.get(name).size()))
                .toList();
    }

    private static PackageMetrics metrics(String packageName, List<Node> types, int ca, int ce) {
        double instability = ca + ce == 0 ? 0 : (double) ce / (ca + ce);
        double abstractness = (double) types.stream().filter(Node::isAbstract).count() / types.size();
        return new PackageMetrics(packageName, ca, ce, instability, abstractness,
                Math.abs(abstractness + instability - 1));
    }
}
