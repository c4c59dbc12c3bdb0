package dev.readiness.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.testing.TestRuleMetadata;
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
    void aJarWithARuleIndexAddsItsRules() throws Exception {
        Path jar = temp.resolve("extra-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(RuleRegistry.INDEX));
            out.write(("# extra rules\n" + TodoClassRule.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RuleRegistry registry = RuleRegistry.fromClasspath(loader);

            assertThat(registry.all()).extracting(rule -> rule.metadata().id()).containsExactly("custom/todo-comment");
            assertThat(registry.find("custom/todo-comment")).map(RuleType::isPerFile).contains(true);
        }
    }

    @Test
    void anAddedRuleRunsInTheRealPipeline() throws Exception {
        Path source = temp.resolve("repo/src/main/java/com/acme/Todo.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.acme;\n\npublic class Todo { }\n");
        Analyzer analyzer = new Analyzer(RuleRegistry.of(TodoClassRule.class), ProgressListener.NONE);

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
        assertThatThrownBy(() -> RuleRegistry.of(TodoClassRule.class, TodoClassRule.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule id custom/todo-comment is declared by both");
    }

    @Test
    void aRuleMustSayHowItRuns() {
        assertThatThrownBy(() -> RuleType.of(MalformedRules.Neither.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("implements neither JavaFileRule nor RepositoryRule");
    }

    @Test
    void aRuleNeedsItsDefinition() {
        assertThatThrownBy(() -> RuleType.of(MalformedRules.Undefined.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no @RuleDefinition");
    }

    @Test
    void aRuleHasOneConstructorTakingNothingOrItsOptions() {
        assertThatThrownBy(() -> RuleType.of(MalformedRules.TwoConstructors.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must have exactly one constructor");
        assertThatThrownBy(() -> RuleType.of(MalformedRules.UnannotatedOption.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option 'limit' has no @Option");
        assertThatThrownBy(() -> RuleType.of(MalformedRules.PerFileWithNeeds.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a JavaFileRule cannot declare needs");
    }

    @Test
    void metadataRejectsBadIdsAndNumericSecuritySeverities() {
        assertThatThrownBy(() -> RuleType.of(MalformedRules.NoCategory.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("category/kebab-name");
        assertThatThrownBy(() -> TestRuleMetadata.rule("custom/x").securitySeverity("high").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("security-severity must be a number");
    }

    @Test
    void theNameAndCategoryComeFromTheId() {
        RuleMetadata metadata = RuleType.of(TodoClassRule.class).metadata();

        assertThat(metadata.name()).isEqualTo("TodoComment");
        assertThat(metadata.category()).isEqualTo("custom");
        assertThat(metadata.helpMarkdown()).startsWith("# ");
        assertThat(metadata.scope()).containsExactly(dev.readiness.core.repo.FileKind.PRODUCTION);
    }

    @Test
    void aMissingHelpPageIsAnErrorAtStartupNotASilentGap() {
        assertThatThrownBy(() -> RuleHelp.load(TodoClassRule.class, "custom/no-help"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/readiness/rules/custom/no-help.md");
    }
}
