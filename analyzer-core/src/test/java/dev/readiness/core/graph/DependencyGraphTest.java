package dev.readiness.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.DependencyGraph.Origin;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static final String MODEL = """
            package shop.model;

            public abstract class Item {
                public static Item of(String name) { return null; }
                public static class Price { }
            }
            """;
    private static final String ORDER = """
            package shop.model;

            import shop.util.Failure;

            /** Fails with {@link Failure}. */
            public interface Order extends Comparable<Order> { Item first(); }
            """;
    private static final String SERVICE = """
            package shop.service;

            import shop.model.*;
            import static shop.util.Strings.trim;
            import java.util.List;

            @shop.util.Marker
            public class OrderService<T> {
                private List<Order> orders;
                Item.Price price() throws shop.util.Failure { return null; }
                Object make(T value) { return Item.of(trim("x")); }
                Class<?> type() { return shop.util.Strings.class; }
            }
            """;
    private static final String UTIL = """
            package shop.util;

            public final class Strings { public static String trim(String s) { return s; } }
            """;
    private static final String MARKER = """
            package shop.util;

            public @interface Marker { }
            """;
    private static final String FAILURE = """
            package shop.util;

            public class Failure extends Exception { }
            """;

    private static DependencyGraph graph(String... sources) {
        List<FileFacts> facts = Arrays.stream(sources).map(DependencyGraphTest::facts).toList();
        return DependencyGraph.build(new SourceFacts(facts), new TypeIndex(facts), path -> path.split("/")[0]);
    }

    private static FileFacts facts(String source) {
        String packageName = source.lines().findFirst().orElseThrow().replace("package ", "").replace(";", "");
        String typeName = source.replaceAll("(?s).*?(class|interface|@interface) (\\w+).*", "$2");
        String path = packageName.replace("shop.", "") + "/" + typeName + ".java";
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        RepoFile file = new RepoFile(path, FileKind.PRODUCTION, "", bytes.length, "blob");
        return ((ParseOutcome.Parsed) new JavaSourceParser().parse(file, bytes, "blob")).facts();
    }

    private static DependencyGraph shop() {
        return graph(MODEL, ORDER, SERVICE, UTIL, MARKER, FAILURE);
    }

    @Test
    void resolvesEveryKindOfReferenceWithTheLineOfItsFirstUse() {
        assertThat(shop().edges()).filteredOn(edge -> edge.from().equals("shop.service.OrderService"))
                .extracting(Edge::to, Edge::line)
                .containsExactlyInAnyOrder(
                        tuple("java.lang.Class", 12),
                        tuple("java.lang.Object", 11),
                        tuple("java.util.List", 5),
                        tuple("shop.model.Item", 11),
                        tuple("shop.model.Item.Price", 10),
                        tuple("shop.model.Order", 9),
                        tuple("shop.util.Failure", 10),
                        tuple("shop.util.Marker", 7),
                        tuple("shop.util.Strings", 4));
    }

    @Test
    void samePackageReferenceNeedsNoImportAndJavadocOnlyImportsAndSelfReferencesAreNoEdges() {
        assertThat(shop().edges()).filteredOn(edge -> edge.from().equals("shop.model.Order"))
                .extracting(Edge::to, Edge::line, Edge::path)
                .containsExactlyInAnyOrder(tuple("java.lang.Comparable", 6, "model/Order.java"),
                        tuple("shop.model.Item", 6, "model/Order.java"));
    }

    @Test
    void keepsLibraryTypesAsExternalNodes() {
        DependencyGraph graph = shop();

        assertThat(graph.node("java.util.List")).get().extracting(DependencyGraph.Node::origin).isEqualTo(Origin.EXTERNAL);
        assertThat(graph.node("shop.model.Item.Price")).get().extracting(DependencyGraph.Node::origin)
                .isEqualTo(Origin.INTERNAL);
        assertThat(graph.externalCount()).isEqualTo(6);
    }

    @Test
    void aggregatesTypeEdgesToPackagesWithCounts() {
        assertThat(shop().packageEdges()).extracting(DependencyGraph.Aggregate::from, DependencyGraph.Aggregate::to,
                        DependencyGraph.Aggregate::count)
                .containsExactly(tuple("shop.service", "shop.model", 3), tuple("shop.service", "shop.util", 3));
    }

    @Test
    void computesMartinMetricsPerPackage() {
        assertThat(shop().packageMetrics()).extracting(DependencyGraph.PackageMetrics::packageName,
                        DependencyGraph.PackageMetrics::afferent, DependencyGraph.PackageMetrics::efferent,
                        DependencyGraph.PackageMetrics::instability, DependencyGraph.PackageMetrics::abstractness,
                        DependencyGraph.PackageMetrics::distance)
                .containsExactly(
                        tuple("shop.model", 1, 0, 0.0, 2.0 / 3, Math.abs(2.0 / 3 - 1)),
                        tuple("shop.service", 0, 2, 1.0, 0.0, 0.0),
                        tuple("shop.util", 1, 0, 0.0, 1.0 / 3, Math.abs(1.0 / 3 - 1)));
    }

    @Test
    void computesMartinMetricsOverTheIncludedTypesOnly() {
        assertThat(shop().packageMetrics(node -> !node.path().startsWith("service/")))
                .extracting(DependencyGraph.PackageMetrics::packageName, DependencyGraph.PackageMetrics::afferent,
                        DependencyGraph.PackageMetrics::efferent, DependencyGraph.PackageMetrics::abstractness)
                .containsExactly(tuple("shop.model", 0, 0, 2.0 / 3), tuple("shop.util", 0, 0, 1.0 / 3));
    }

    @Test
    void aSingleImportShadowsATypeOfTheSamePackageAsInJavac() {
        String local = "package shop.service;\n\npublic class Failure { }\n";
        String user = "package shop.service;\n\nimport shop.util.Failure;\n\npublic class Checkout { Failure last; }\n";

        assertThat(graph(local, user, FAILURE).edges()).filteredOn(edge -> edge.from().equals("shop.service.Checkout"))
                .extracting(Edge::to).containsExactly("shop.util.Failure");
    }

    @Test
    void aggregatesToModulesOnlyTheEdgesThePredicateAccepts() {
        assertThat(shop().moduleEdges(edge -> !edge.to().equals("shop.util.Strings")))
                .extracting(DependencyGraph.Aggregate::from, DependencyGraph.Aggregate::to, DependencyGraph.Aggregate::count)
                .containsExactly(tuple("service", "model", 3), tuple("service", "util", 2));
    }

    @Test
    void aGraphOfResolvedEdgesKeepsTheFirstLinePerPairAndMakesUnknownTargetsExternal() {
        List<DependencyGraph.Node> internal = List.of(
                new DependencyGraph.Node("a.A", "a", Origin.INTERNAL, "src/a/A.java", "", false),
                new DependencyGraph.Node("b.B", "b", Origin.INTERNAL, "src/b/B.java", "", true));

        DependencyGraph graph = DependencyGraph.of(internal, List.of(
                new Edge("a.A", "b.B", "src/a/A.java", 9), new Edge("a.A", "b.B", "src/a/A.java", 4),
                new Edge("a.A", "a.A", "src/a/A.java", 2), new Edge("b.B", "java.sql.Date", "src/b/B.java", 3),
                new Edge("x.Unknown", "a.A", "src/x/Unknown.java", 1)));

        assertThat(graph.edges()).extracting(Edge::from, Edge::to, Edge::line)
                .containsExactly(tuple("a.A", "b.B", 4), tuple("b.B", "java.sql.Date", 3));
        assertThat(graph.node("java.sql.Date")).get().extracting(DependencyGraph.Node::origin, DependencyGraph.Node::packageName)
                .containsExactly(Origin.EXTERNAL, "java.sql");
        assertThat(graph.packageEdges()).extracting(DependencyGraph.Aggregate::from, DependencyGraph.Aggregate::to)
                .containsExactly(tuple("a", "b"));
    }
}
