package dev.readiness.core.graph;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Package cycles: the strongly connected components of the package graph with more than one package,
 * each with a small set of package edges whose removal breaks every cycle in it (greedy feedback edge
 * set: repeatedly drop the edge with the fewest type-level references that still lies on a cycle).
 */
public final class PackageCycles {

    /**
     * A cycle: its packages in name order, every package edge inside it (by source, then target) and the
     * edges to cut, in the order they were chosen.
     */
    public record Cycle(List<String> packages, List<Aggregate> edges, List<Aggregate> edgesToCut) {

        /**
         * How tangled the cycle is: the type-level references on the edges to cut over all references inside it,
         * near 0 for a cycle one stray reference closes, at most about ½ for packages that use each other evenly.
         */
        public double tangle() {
            int inside = edges.stream().mapToInt(Aggregate::count).sum();
            return inside == 0 ? 0 : (double) edgesToCut.stream().mapToInt(Aggregate::count).sum() / inside;
        }
    }

    private PackageCycles() {
    }

    public static List<Cycle> of(List<Aggregate> packageEdges) {
        List<Cycle> cycles = new ArrayList<>();
        for (List<Aggregate> component : components(packageEdges)) {
            TreeSet<String> packages = new TreeSet<>();
            component.forEach(edge -> {
                packages.add(edge.from());
                packages.add(edge.to());
            });
            List<Aggregate> edges = component.stream()
                    .sorted(Comparator.comparing(Aggregate::from).thenComparing(Aggregate::to)).toList();
            cycles.add(new Cycle(List.copyOf(packages), edges, edgesToCut(component)));
        }
        cycles.sort(Comparator.comparing(cycle -> cycle.packages().get(0)));
        return cycles;
    }

    /** The edges inside each non-trivial component. */
    static List<List<Aggregate>> components(List<Aggregate> edges) {
        List<String> names = new ArrayList<>(new TreeSet<>(edges.stream()
                .flatMap(edge -> java.util.stream.Stream.of(edge.from(), edge.to())).toList()));
        Map<String, Integer> ids = new HashMap<>();
        names.forEach(name -> ids.put(name, ids.size()));
        List<List<Integer>> adjacency = new ArrayList<>();
        names.forEach(name -> adjacency.add(new ArrayList<>()));
        edges.forEach(edge -> adjacency.get(ids.get(edge.from())).add(ids.get(edge.to())));
        int[][] successors = adjacency.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int[] componentOf = new int[names.size()];
        List<List<Integer>> components = StronglyConnectedComponents.of(successors);
        for (int c = 0; c < components.size(); c++) {
            for (int node : components.get(c)) {
                componentOf[node] = components.get(c).size() > 1 ? c : -1 - node;
            }
        }
        Map<Integer, List<Aggregate>> inside = new HashMap<>();
        edges.stream().filter(edge -> componentOf[ids.get(edge.from())] >= 0
                        && componentOf[ids.get(edge.from())] == componentOf[ids.get(edge.to())])
                .forEach(edge -> inside.computeIfAbsent(componentOf[ids.get(edge.from())], c -> new ArrayList<>()).add(edge));
        return List.copyOf(inside.values());
    }

    private static List<Aggregate> edgesToCut(List<Aggregate> component) {
        List<Aggregate> remaining = new ArrayList<>(component);
        List<Aggregate> cut = new ArrayList<>();
        List<List<Aggregate>> cyclic = components(remaining);
        while (!cyclic.isEmpty()) {
            Aggregate weakest = cyclic.stream().flatMap(List::stream)
                    .min(Comparator.comparingInt(Aggregate::count).thenComparing(Aggregate::from)
                            .thenComparing(Aggregate::to)).orElseThrow();
            cut.add(weakest);
            remaining.remove(weakest);
            cyclic = components(remaining);
        }
        return cut;
    }
}
