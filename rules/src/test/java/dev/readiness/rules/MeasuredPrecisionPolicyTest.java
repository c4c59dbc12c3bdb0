package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The measured precision the rules ship (bench/precision/precision.py --write) reaches their metadata: every
 * labelled rule's help states it and its SARIF precision follows it, and the table names no rule that does not exist.
 */
class MeasuredPrecisionPolicyTest {

    private static final RuleRegistry RULES = RuleRegistry.fromClasspath(MeasuredPrecisionPolicyTest.class.getClassLoader());

    @Test
    void everyLabelledRuleStatesItsMeasuredPrecisionAndDerivesItsSarifPrecisionFromIt() {
        List<RuleMetadata> labelled = RULES.metadata().stream().filter(rule -> rule.measuredPrecision().isPresent())
                .toList();

        assertThat(labelled).isNotEmpty().allSatisfy(rule -> assertThat(rule.helpMarkdown()).as(rule.id())
                .contains("## Measured precision", rule.measuredPrecision().orElseThrow().describe()));
        assertThat(labelled).filteredOn(rule -> rule.measuredPrecision().orElseThrow().labelled()
                        >= MeasuredPrecision.MIN_SAMPLE)
                .isNotEmpty().allSatisfy(rule -> assertThat(rule.precision()).as(rule.id())
                        .isEqualTo(rule.measuredPrecision().orElseThrow().precision()));
        assertThat(labelled).filteredOn(rule -> rule.measuredPrecision().orElseThrow().belowBar())
                .isNotEmpty().allSatisfy(rule -> {
                    assertThat(rule.scored()).as(rule.id()).isFalse();
                    assertThat(rule.defaultLevel()).as(rule.id()).isEqualTo(Level.NOTE);
                    assertThat(rule.helpMarkdown()).as(rule.id()).contains("is off by default");
                });
        assertThat(labelled).filteredOn(rule -> !rule.measuredPrecision().orElseThrow().belowBar())
                .isNotEmpty().allSatisfy(rule -> {
                    assertThat(rule.scored()).as(rule.id()).isTrue();
                    assertThat(rule.helpMarkdown()).as(rule.id()).doesNotContain("is off by default");
                });
    }

    @Test
    void asDeclaredARuleBelowTheBarKeepsItsLevelAndItsPlaceInTheScore() {
        RuleType unscored = RULES.all().stream().filter(rule -> !rule.metadata().scored()).findFirst().orElseThrow();
        RuleType declared = RuleType.asDeclared(unscored.type());
        RuleDefinition definition = unscored.type().getAnnotation(RuleDefinition.class);

        assertThat(declared.metadata().scored()).isTrue();
        assertThat(declared.metadata().defaultLevel()).isEqualTo(definition.level());
        assertThat(declared.metadata().measuredPrecision()).isEmpty();
    }

    @Test
    void onlyLabelledRulesBelowTheBarLeaveTheScore() {
        assertThat(RULES.metadata()).filteredOn(rule -> !rule.scored()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.measuredPrecision()).as(rule.id())
                        .hasValueSatisfying(measured -> assertThat(measured.belowBar()).isTrue()));
    }

    @Test
    void theShippedTableNamesOnlyExistingRules() throws IOException {
        Set<String> ids = RULES.metadata().stream().map(RuleMetadata::id).collect(Collectors.toSet());
        try (InputStream in = MeasuredPrecisionPolicyTest.class.getClassLoader()
                .getResourceAsStream(MeasuredPrecision.RESOURCE)) {
            assertThat(in).as(MeasuredPrecision.RESOURCE).isNotNull();
            List<String> named = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.startsWith("#") && !line.startsWith("rule\t") && !line.isBlank())
                    .map(line -> line.split("\t")[0]).toList();
            assertThat(named).hasSizeGreaterThan(30);
            assertThat(ids).containsAll(named);
            assertThat(named).allSatisfy(id -> assertThat(RULES.find(id).orElseThrow().metadata().measuredPrecision())
                    .as(id).isPresent());
        }
    }
}
