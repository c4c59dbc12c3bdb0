package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ForbiddenDependency;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source analysis and the bytecode analysis (ArchUnit on compiled classes) agree on a small sample. */
class ArchitectureAgreementTest {

    private static final ReadinessConfig CONFIG = new ReadinessConfig("readiness.yml", new ArchitectureConfig(
            List.of(new Layer("web", List.of("..web.."), null, List.of("persistence"), null, null),
                    new Layer("persistence", List.of("..repository.."), null, null, null, null)),
            List.of(new ForbiddenDependency(List.of("..web.."), List.of("java.sql.."), "JDBC belongs in repositories"))));

    @TempDir
    Path work;

    @Test
    void sourceAndBytecodeReportTheSameRulesFilesLinesAndMessages() throws IOException {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRules(List.of(LayerViolation.class,
                ForbiddenDependencyRule.class, PackageCycle.class), work).withConfig(CONFIG);
        List<Finding> fromSource = verifier.verify("architecture-agreement");
        Path sample = work.resolve("architecture-agreement");
        compile(sample.resolve("src/main/java"), sample.resolve("target/classes"));

        List<Finding> fromBytecode = verifier.verifyDirectory(sample);

        assertThat(fromBytecode).extracting(ArchitectureAgreementTest::place)
                .containsExactlyElementsOf(fromSource.stream().map(ArchitectureAgreementTest::place).toList())
                .hasSize(3);
        assertThat(fromSource).extracting(Finding::properties).containsOnly(Map.of());
        assertThat(fromBytecode).extracting(Finding::properties).containsOnly(Map.of("analysis", "bytecode"));
        assertThat(verifier.scan(sample).architectureAnalysis()).isEqualTo(AnalysisResult.BYTECODE);
    }

    @Test
    void aPartialBuildIsUsedButReportedAsPossiblyStale() throws IOException {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRules(List.of(LayerViolation.class,
                ForbiddenDependencyRule.class), work).withConfig(CONFIG);
        Path sample = verifier.copy("architecture-agreement");
        compile(sample.resolve("src/main/java/shop/web"), sample.resolve("target/classes"));

        AnalysisResult result = verifier.scan(sample);

        assertThat(result.notifications()).filteredOn(notification -> notification.id().equals("bytecode-stale"))
                .extracting(ToolNotification::message).singleElement().asString()
                .contains("cover 1 of 5 production source files");
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("architecture/forbidden-dependency");
    }

    private static Tuple place(Finding finding) {
        return Tuple.tuple(finding.ruleId(), finding.location().path(), finding.location().region().startLine(),
                finding.message());
    }

    /** Compiles like a build would (javac's default debug information includes line numbers). */
    static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
             Stream<Path> walk = Files.walk(sources)) {
            List<Path> javaFiles = walk.filter(path -> path.toString().endsWith(".java")).toList();
            boolean compiled = compiler.getTask(null, files, null, List.of("-d", classes.toString()), null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            assertThat(compiled).as("sample compiles").isTrue();
        }
    }
}
