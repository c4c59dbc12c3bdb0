package dev.readiness.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StronglyConnectedComponentsTest {

    @Test
    void handlesAHundredThousandNodeChainWithoutRecursion() {
        int size = 100_000;
        int[][] chain = IntStream.range(0, size)
                .mapToObj(node -> node + 1 < size ? new int[] {node + 1} : new int[0]).toArray(int[][]::new);

        assertThat(StronglyConnectedComponents.of(chain)).hasSize(size).allSatisfy(component -> assertThat(component).hasSize(1));
    }

    @Test
    void closingTheChainMakesOneComponent() {
        int size = 100_000;
        int[][] ring = IntStream.range(0, size).mapToObj(node -> new int[] {(node + 1) % size}).toArray(int[][]::new);

        assertThat(StronglyConnectedComponents.of(ring)).singleElement().satisfies(component -> assertThat(component).hasSize(size));
    }

    @Test
    void findsKnownComponents() {
        int[][] graph = {{1}, {2}, {0, 3}, {4}, {3}, {}};

        assertThat(StronglyConnectedComponents.of(graph))
                .map(component -> component.stream().sorted().toList())
                .containsExactly(List.of(3, 4), List.of(0, 1, 2), List.of(5));
    }

    @Test
    void cutsTheWeakestEdgeOfAThreePackageCycleAndIgnoresAcyclicPairs() {
        List<Aggregate> edges = List.of(edge("a", "b", 5), edge("b", "c", 4), edge("c", "a", 1), edge("x", "y", 1));

        List<PackageCycles.Cycle> cycles = PackageCycles.of(edges);

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.packages()).containsExactly("a", "b", "c");
            assertThat(cycle.edgesToCut()).extracting(Aggregate::from, Aggregate::to).containsExactly(
                    org.assertj.core.api.Assertions.tuple("c", "a"));
        });
    }

    @Test
    void aCycleOneStrayReferenceClosesIsBarelyTangledAndPackagesUsingEachOtherEvenlyAreFully() {
        PackageCycles.Cycle stray = PackageCycles.of(List.of(edge("core", "util", 199), edge("util", "core", 1))).get(0);
        PackageCycles.Cycle even = PackageCycles.of(List.of(edge("web", "model", 30), edge("model", "web", 30))).get(0);

        assertThat(stray.tangle()).isEqualTo(1 / 200.0);
        assertThat(even.tangle()).isEqualTo(0.5);
    }

    private static Aggregate edge(String from, String to, int count) {
        return new Aggregate(from, to, IntStream.range(0, count)
                .mapToObj(line -> new Edge(from + ".T", to + ".U" + line, from + "/T.java", line + 1)).toList());
    }
}
