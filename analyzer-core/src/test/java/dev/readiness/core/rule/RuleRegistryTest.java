package dev.readiness.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRegistryTest {

    @TempDir
    Path temp;

    @Test
    void aJarOnTheClasspathAddsRulesThroughServiceLoader() throws Exception {
        Path jar = temp.resolve("extra-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + Rule.class.getName()));
            out.write((TodoClassRule.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RuleRegistry registry = RuleRegistry.fromClasspath(loader);

            assertThat(registry.all()).extracting(rule -> rule.metadata().id()).contains("custom/todo-comment");
            assertThat(registry.find("custom/todo-comment")).isPresent();
            assertThat(registry.ofType(JavaFileRule.class)).hasSize(registry.all().size());
        }
    }

    @Test
    void anAddedRuleRunsInTheRealPipeline() throws Exception {
        Path source = temp.resolve("repo/src/main/java/com/acme/Todo.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.acme;\n\npublic class Todo { }\n");
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new TodoClassRule())), ProgressListener.NONE);

        try (Scan scan = analyzer.analyze(new ScanRequest(temp.resolve("repo"), 1))) {
            AnalysisResult result = scan.result();

            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.ruleId()).isEqualTo("custom/todo-comment");
                assertThat(finding.level()).isEqualTo(Level.NOTE);
                assertThat(finding.location()).isEqualTo(Location.of("src/main/java/com/acme/Todo.java",
                        new Region(3, 14, 3, 18), "com.acme.Todo"));
            });
            assertThat(result.rules()).extracting(RuleMetadata::id).containsExactly("custom/todo-comment");
        }
    }

    @Test
    void twoRulesWithOneIdAreRejected() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new TodoClassRule(), new TodoClassRule())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule id custom/todo-comment is declared by both");
    }

    @Test
    void aRuleMustSayHowItRuns() {
        Rule neither = () -> new TodoClassRule().metadata();

        assertThatThrownBy(() -> new RuleRegistry(List.of(neither)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("implements neither JavaFileRule nor RepositoryRule");
    }

    @Test
    void metadataRejectsBadIdsAndNumericSecuritySeverities() {
        assertThatThrownBy(() -> RuleMetadata.builder("NoCategory", TodoClassRule.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("category/kebab-name");
        assertThatThrownBy(() -> new RuleMetadata("custom/x", "X", "s", "f", "h", Level.NOTE, Precision.LOW,
                List.of(), "high", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("security-severity must be a number");
    }

    @Test
    void aMissingHelpPageIsAnErrorAtStartupNotASilentGap() {
        assertThatThrownBy(() -> RuleHelp.load(TodoClassRule.class, "custom/no-help"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/readiness/rules/custom/no-help.md");
    }
}
