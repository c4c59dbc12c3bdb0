package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.config.Category;
import dev.readiness.core.rule.RuleHelp;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule is registered, described, documented and shaped the way the engine expects. */
class RuleCatalogTest {

    static List<RuleType> rules() {
        return RuleRegistry.fromClasspath(RuleCatalogTest.class.getClassLoader()).all();
    }

    @Test
    void theBuildIndexesEveryDefinedRuleAndNothingElse() {
        List<String> defined = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.readiness.rules").stream()
                .filter(type -> type.isAnnotatedWith(RuleDefinition.class)).map(JavaClass::getName).toList();

        assertThat(rules()).extracting(rule -> rule.type().getName()).containsExactlyInAnyOrderElementsOf(defined)
                .hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void metadataIsComplete(RuleType rule) {
        RuleMetadata metadata = rule.metadata();
        String category = metadata.category();

        assertThat(Category.ids()).contains(category);
        assertThat(rule.type().getSimpleName()).startsWith(metadata.name());
        assertThat(rule.type().getPackageName()).isEqualTo("dev.readiness.rules." + category);
        assertThat(metadata.tags()).contains(category, "ai-readiness").doesNotHaveDuplicates();
        assertThat(metadata.shortDescription()).endsWith(".");
        assertThat(metadata.fullDescription()).isNotEqualTo(metadata.shortDescription());
        assertThat(metadata.isSecurityRule()).isEqualTo(metadata.tags().contains("security"));
        // the context category is a checklist: each rule says what holds when it passes, and only those say it
        assertThat(metadata.holds().isEmpty()).isEqualTo(!category.equals(Category.CONTEXT.id()));
        assertThat(metadata.holds()).doesNotEndWith(".");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void helpMarkdownExplainsHowToFix(RuleType rule) {
        String help = rule.metadata().helpMarkdown();

        assertThat(RuleCatalogTest.class.getResource(RuleHelp.resourcePath(rule.metadata().id()))).isNotNull();
        assertThat(help).startsWith("# ").contains("## What it finds", "## Why it matters", "## How to fix");
        assertThat(help).containsPattern("## (Threshold and source|Source)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsAStatelessFinalClassTheEngineCanCreate(RuleType rule) {
        Class<?> type = rule.type();

        assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers())).isTrue();
        // final instance fields are settings from readiness.yml (the options record), never state
        assertThat(Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers()))
                .map(Field::getName)).as("mutable instance fields of %s", type.getSimpleName()).isEmpty();
        assertThat(rule.create()).isInstanceOf(type);
    }
}
