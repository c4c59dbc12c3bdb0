package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.index.RuleIndexProcessor;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a rule is one class and one help page: a rule compiled against the rule-api module alone (no engine on the
 * class path) is indexed by the build's processor, found by the registry and run by the engine, with nothing listed.
 */
class ThrowawayRuleTest {

    private static final String RULE = """
            package acme.rules;

            import com.github.javaparser.ast.body.MethodDeclaration;
            import dev.readiness.core.repo.FileKind;
            import dev.readiness.core.rule.FindingSink;
            import dev.readiness.core.rule.JavaFileRule;
            import dev.readiness.core.rule.Level;
            import dev.readiness.core.rule.Option;
            import dev.readiness.core.rule.Precision;
            import dev.readiness.core.rule.RuleDefinition;
            import dev.readiness.core.rule.SourceLocations;
            import dev.readiness.core.source.JavaFile;

            @RuleDefinition(id = "acme/short-method-name", summary = "Method name is too short.",
                    description = "Reports methods whose name is shorter than the limit.", level = Level.NOTE,
                    precision = Precision.HIGH, scope = FileKind.PRODUCTION, tags = "acme")
            public final class ShortMethodName implements JavaFileRule {

                public record Options(@Option(defaultValue = 3, min = 1, max = 20,
                        description = "a method name shorter than this is reported") int minLength) {
                }

                private final int minLength;

                public ShortMethodName(Options options) {
                    this.minLength = options.minLength();
                }

                @Override
                public void check(JavaFile file, FindingSink sink) {
                    file.unit().findAll(MethodDeclaration.class).stream()
                            .filter(method -> method.getNameAsString().length() < minLength)
                            .forEach(method -> sink.report(SourceLocations.ofName(file, method),
                                    "method " + method.getNameAsString() + " is too short"));
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aRuleCompiledAgainstTheApiAloneIsIndexedFoundAndRun() throws Exception {
        Path classes = compileAgainstTheApiAlone();
        Path help = classes.resolve("readiness/rules/acme/short-method-name.md");
        Files.createDirectories(help.getParent());
        Files.writeString(help, "# Short method name\n\n## How to fix\n\nRename it.\n", StandardCharsets.UTF_8);
        Path repository = work.resolve("repo");
        Files.createDirectories(repository.resolve("src/main/java/shop"));
        Files.writeString(repository.resolve("src/main/java/shop/Order.java"),
                "package shop;\n\nclass Order {\n    void go() { }\n    void pay() { }\n}\n", StandardCharsets.UTF_8);

        assertThat(Files.readAllLines(classes.resolve(RuleRegistry.INDEX))).contains("acme.rules.ShortMethodName");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ThrowawayRuleTest.class.getClassLoader());
             Scan scan = new Analyzer(RuleRegistry.fromClasspath(loader), ProgressListener.NONE)
                     .analyze(new ScanRequest(repository, 1))) {
            AnalysisResult result = scan.result();

            assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals("acme/short-method-name"))
                    .extracting(Finding::message, finding -> finding.location().region().startLine())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("method go is too short", 4));
            assertThat(result.rules()).filteredOn(rule -> rule.id().equals("acme/short-method-name"))
                    .singleElement().satisfies(rule -> {
                        assertThat(rule.name()).isEqualTo("ShortMethodName");
                        assertThat(rule.options()).extracting(option -> option.name()).containsExactly("minLength");
                    });
        }
    }

    /** javac with only rule-api and JavaParser on the class path, and the rule index processor. */
    private Path compileAgainstTheApiAlone() throws Exception {
        Path source = work.resolve("src/acme/rules/ShortMethodName.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, RULE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(diagnostics, files, null, List.of("--release", "17", "-d", classes.toString(),
                            "-classpath", locationOf(RuleDefinition.class) + java.io.File.pathSeparator
                                    + locationOf(CompilationUnit.class),
                            "-processor", RuleIndexProcessor.class.getName(),
                            "-processorpath", locationOf(RuleIndexProcessor.class)),
                    null, files.getJavaFileObjects(source)).call();
            assertThat(compiled).as("javac: %s", diagnostics).isTrue();
        }
        return classes;
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
