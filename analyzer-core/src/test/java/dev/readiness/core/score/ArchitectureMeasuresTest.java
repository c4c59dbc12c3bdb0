package dev.readiness.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.PackageCycles;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A cycle's code counts by how tangled the cycle is, between a floor and all of it. */
class ArchitectureMeasuresTest {

    @Test
    void aCycleCountsByTwiceItsTangleBetweenTheFloorAndOne() {
        assertThat(weight(edge("core", "util", 199), edge("util", "core", 1)))
                .as("one stray reference").isEqualTo(ArchitectureMeasures.LEAST_TANGLE_WEIGHT);
        assertThat(weight(edge("a", "b", 9), edge("b", "a", 1))).as("a tenth to cut").isEqualTo(0.2);
        assertThat(weight(edge("web", "model", 30), edge("model", "web", 30))).as("used evenly").isEqualTo(1.0);
    }

    @Test
    void theTangledShareNeverExceedsTheShareInCycles() {
        ArchitectureMeasures measures = new ArchitectureMeasures(true, 1000, 400, 3, 40);

        assertThat(measures.cycleShare()).isEqualTo(0.4);
        assertThat(measures.tangledShare()).isEqualTo(0.04);
        assertThat(ArchitectureMeasures.UNMEASURED.tangledShare()).isZero();
    }

    private static double weight(Aggregate... edges) {
        return ArchitectureMeasures.tangleWeight(PackageCycles.of(List.of(edges)).get(0));
    }

    private static Aggregate edge(String from, String to, int count) {
        return new Aggregate(from, to, IntStream.range(0, count)
                .mapToObj(line -> new Edge(from + ".T", to + ".U" + line, from + "/T.java", line + 1)).toList());
    }
}
