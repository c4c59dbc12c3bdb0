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
import java.util.HashMap;
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

    // looked up by name for every edge, listed in name order
    private final Map<String, Node> nodes = new HashMap<>();
    private List<Node> nodesInOrder;
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
        // resolving is most of the work and reads only the index: files are resolved in parallel, then their edges
        // taken in file order, so the graph is the same whatever the threads
        List<FileFacts> files = List.copyOf(facts.all());
        List<List<List<Edge>>> edgesByFile = files.parallelStream().map(file -> edgesOf(file, resolver)).toList();
        // edges by using type, then used type: each type's edges come sorted by used type, so the stable sort only
        // merges those of a type declared in several files, in file order, as one sort of all edges would
        Map<String, List<Edge>> byUsingType = new TreeMap<>();
        for (List<List<Edge>> fileEdges : edgesByFile) {
            for (List<Edge> typeEdges : fileEdges) {
                typeEdges.forEach(edge -> graph.nodes.computeIfAbsent(edge.to(), DependencyGraph::externalNode));
                byUsingType.computeIfAbsent(typeEdges.get(0).from(), key -> new ArrayList<>()).addAll(typeEdges);
            }
        }
        byUsingType.values().forEach(typeEdges -> {
            typeEdges.sort(Comparator.comparing(Edge::to));
            graph.edges.addAll(typeEdges);
        });
        return graph.finish();
    }

    private DependencyGraph finish() {
        nodesInOrder = nodes.values().stream().sorted(Comparator.comparing(Node::name)).toList();
        return this;
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
        return graph.finish();
    }

    /**
     * The edges of each type {@code file} declares that uses another (one list per type, in declaration order): to each
     * type it uses, at its first use, in the used type's name order.
     */
    private static List<List<Edge>> edgesOf(FileFacts file, TypeResolver resolver) {
        DependencyFacts dependencies = file.dependencies();
        List<List<Edge>> edges = new ArrayList<>();
        for (TypeDependencies type : dependencies.types()) {
            Map<String, Edge> byTarget = new TreeMap<>();
            // a type names the same few types again and again: each name is resolved once
            Map<String, TypeResolver.Resolved> resolvedNames = new HashMap<>();
            for (TypeReference reference : type.references()) {
                TypeResolver.Resolved named = resolvedNames.computeIfAbsent(reference.name(),
                        name -> resolver.resolveName(name, type.type(), dependencies));
                TypeResolver.accept(named, reference.certain())
                        .filter(resolved -> !resolved.name().equals(type.type()))
                        .ifPresent(resolved -> byTarget.merge(resolved.name(), new Edge(type.type(), resolved.name(),
                                file.path(), reference.line()), (a, b) -> a.line() <= b.line() ? a : b));
            }
            if (!byTarget.isEmpty()) {
                edges.add(List.copyOf(byTarget.values()));
            }
        }
        return edges;
    }

    private static Node externalNode(String name) {
        int dot = name.lastIndexOf('.');
        return new Node(name, dot < 0 ? "" : name.substring(0, dot), Origin.EXTERNAL, "", "", false);
    }

    public Collection<Node> nodes() {
        return nodesInOrder;
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
        Map<List<String>, List<Edge>> grouped = new HashMap<>();
        for (Edge edge : edges) {
            Node to = nodes.get(edge.to());
            if (to.origin() != Origin.INTERNAL) {
                continue;
            }
            String fromGroup = group.apply(nodes.get(edge.from()));
            String toGroup = group.apply(to);
            if (!fromGroup.equals(toGroup) && include.test(edge)) {
                grouped.computeIfAbsent(List.of(fromGroup, toGroup), key -> new ArrayList<>()).add(edge);
            }
        }
        List<Aggregate> result = new ArrayList<>();
        grouped.forEach((key, references) -> result.add(new Aggregate(key.get(0), key.get(1), references.stream()
                .sorted(Comparator.comparing(Edge::path).thenComparingInt(Edge::line)).toList())));
        result.sort(Comparator.comparing(Aggregate::from).thenComparing(Aggregate::to));
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
        List<Node> types = nodesInOrder.stream()
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
