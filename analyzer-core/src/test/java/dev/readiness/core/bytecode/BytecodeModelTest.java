package dev.readiness.core.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled classes imported with ArchUnit become a dependency graph located in the repository's sources. */
class BytecodeModelTest {

    private static final Map<String, String> SOURCES = Map.of(
            "src/main/java/shop/order/Order.java", """
                    package shop.order;

                    public class Order {
                        private shop.billing.Invoice invoice;

                        public int total() {
                            Runnable later = () -> { };
                            later.run();
                            return shop.billing.Invoice.amount();
                        }
                    }
                    """,
            "src/main/java/shop/billing/Invoice.java", """
                    package shop.billing;

                    public abstract class Invoice {
                        public static int amount() {
                            return 1;
                        }
                    }
                    """);

    @TempDir
    Path work;

    @Test
    void locatesEachDependencyOnItsBytecodeLineOrItsDeclarationAndGroupsRepositoryPackages() throws IOException {
        Path classes = compile();
        List<FileFacts> facts = SOURCES.entrySet().stream().map(entry -> facts(entry.getKey(), entry.getValue())).toList();
        List<ImportProblem> problems = new ArrayList<>();

        BytecodeModel model = new BytecodeImporter(new TypeIndex(facts), new SourceFacts(facts), path -> "shop")
                .load(new BytecodeImporter.Request(List.of(classes), path -> true, problems)).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(model.classes()).hasSize(2);
        // a call has its bytecode line; a field, like any class-level use, the line of the type's declaration
        assertThat(model.dependencyGraph().edges()).extracting(Edge::from, Edge::to, Edge::path, Edge::line)
                .containsExactlyInAnyOrder(
                        tuple("shop.order.Order", "shop.billing.Invoice", "src/main/java/shop/order/Order.java", 3),
                        tuple("shop.order.Order", "java.lang.Runnable", "src/main/java/shop/order/Order.java", 8),
                        tuple("shop.order.Order", "java.lang.Object", "src/main/java/shop/order/Order.java", 3),
                        tuple("shop.billing.Invoice", "java.lang.Object", "src/main/java/shop/billing/Invoice.java", 3));
        assertThat(model.dependencyGraph().packageEdges()).extracting(edge -> edge.from() + " -> " + edge.to())
                .containsExactly("shop.order -> shop.billing");
    }

    private static FileFacts facts(String path, String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        RepoFile file = new RepoFile(path, FileKind.PRODUCTION, "", bytes.length, "blob");
        return ((ParseOutcome.Parsed) new JavaSourceParser().parse(file, bytes, "blob")).facts();
    }

    private Path compile() throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = work.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
            boolean compiled = compiler.getTask(null, manager, null, List.of("-d", classes.toString()), null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled).as("sample compiles").isTrue();
        }
        return classes;
    }
}
