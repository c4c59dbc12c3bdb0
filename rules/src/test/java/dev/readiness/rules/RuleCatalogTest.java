package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.Category;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleHelp;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleOptions;
import dev.readiness.core.rule.RuleRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule is registered, described, documented and shaped the way the engine expects. */
class RuleCatalogTest {

    private static final Pattern ID = Pattern.compile(
            "(" + String.join("|", Category.ids()) + ")/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][a-z0-9]+([A-Z][a-z0-9]+)*");

    static List<Rule> rules() {
        return RuleRegistry.fromClasspath(RuleCatalogTest.class.getClassLoader()).all();
    }

    @Test
    void serviceLoaderFindsExactlyTheBuiltInRules() {
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(Rule.class, getClass().getClassLoader()).forEach(rule -> ids.add(rule.metadata().id()));

        assertThat(ids).containsExactlyInAnyOrder(
                "architecture/forbidden-dependency",
                "architecture/inferred-layer-violation",
                "architecture/layer-violation",
                "architecture/module-cycle",
                "architecture/package-cycle",
                "architecture/undeclared-module-dependency",
                "architecture/unstable-dependency",
                "context/agent-instructions-conflict",
                "context/agent-instructions-missing",
                "context/agent-instructions-stale",
                "context/cryptic-identifiers",
                "context/no-architecture-docs",
                "context/no-ci",
                "context/no-codeowners",
                "context/readme-missing-commands",
                "context/undocumented-public-api",
                "context/unreproducible-build",
                "hygiene/console-logging",
                "history/change-coupling",
                "history/defect-hotspot",
                "history/hidden-coupling",
                "history/hotspot",
                "history/knowledge-island",
                "history/low-truck-factor",
                "history/shallow-history",
                "hygiene/broad-catch",
                "hygiene/hardcoded-secret",
                "hygiene/retry-without-backoff",
                "hygiene/swallowed-exception",
                "hygiene/todo-density",
                "modularity/brain-class",
                "modularity/complex-method",
                "modularity/deep-nesting",
                "modularity/god-class",
                "modularity/large-file",
                "modularity/long-method",
                "modularity/low-cohesion",
                "modularity/too-many-parameters",
                "testing/assertion-free-test",
                "testing/assertion-roulette",
                "testing/conditional-test-logic",
                "testing/covered-but-not-tested",
                "testing/disabled-test-without-reason",
                "testing/exception-swallowing-test",
                "testing/mock-only-test",
                "testing/module-without-tests",
                "testing/no-mutation-testing",
                "testing/sleepy-test",
                "testing/tautological-assertion",
                "testing/untested-class");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void metadataIsComplete(Rule rule) {
        RuleMetadata metadata = rule.metadata();
        String category = metadata.category();

        assertThat(metadata.id()).matches(ID);
        assertThat(metadata.name()).matches(PASCAL_CASE).isEqualTo(rule.getClass().getSimpleName());
        assertThat(rule.getClass().getPackageName()).isEqualTo("dev.readiness.rules." + category);
        assertThat(metadata.tags()).contains(category, "ai-readiness").doesNotHaveDuplicates();
        assertThat(metadata.shortDescription()).endsWith(".");
        assertThat(metadata.fullDescription()).isNotEqualTo(metadata.shortDescription());
        assertThat(metadata.isSecurityRule()).isEqualTo(metadata.id().equals("hygiene/hardcoded-secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void helpMarkdownExplainsHowToFix(Rule rule) {
        String help = rule.metadata().helpMarkdown();

        assertThat(RuleCatalogTest.class.getResource(RuleHelp.resourcePath(rule.metadata().id()))).isNotNull();
        assertThat(help).startsWith("# ").contains("## What it finds", "## Why it matters", "## How to fix");
        assertThat(help).containsPattern("## (Threshold and source|Source)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsAStatelessClassWithPublicNoArgConstructor(Rule rule) throws Exception {
        Class<? extends Rule> type = rule.getClass();

        // a rule may have a per-file part (Java sources, cached) and a repository part (other files) at once
        assertThat(rule instanceof JavaFileRule || rule instanceof RepositoryRule).isTrue();
        assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).isTrue();
        // final instance fields are settings from readiness.yml (Rule.configured), never state
        assertThat(Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers()))
                .map(Field::getName)).as("mutable instance fields of %s", type.getSimpleName()).isEmpty();
        assertThat(type.getConstructor().newInstance().metadata()).isEqualTo(rule.metadata());
        assertThat(rule.configured(RuleOptions.defaults(rule.metadata())).metadata()).isEqualTo(rule.metadata());
    }
}
