package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.readiness.core.rule.Level;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules, weights, include/exclude and history sections of readiness.yml, read strictly. */
class SettingsSectionsTest {

    private static final KnownRules KNOWN = new KnownRules(Map.of(
            "modularity/long-method", List.of(RuleOption.integer("threshold", 70, "lines of code").between(1, 10_000)),
            "testing/weak-oracle", List.of(RuleOption.decimal("share", 0.5, "a ratio").between(0, 1)),
            "history/shallow-history", List.of()));

    @Test
    void readsEveryNewSection() throws Exception {
        ReadinessConfig config = parse("""
                rules:
                  modularity/long-method:
                    level: error
                    options:
                      threshold: 100
                  history/shallow-history:
                    enabled: false
                  testing/weak-oracle:
                    options: {share: 0.25}
                weights:
                  architecture: 2
                  hygiene: 0.5
                include: ["src/**"]
                exclude: "**/generated/"
                history:
                  since: 2024-01-31
                  commits: 500
                """);

        assertThat(config.rules()).containsOnly(
                entry("modularity/long-method", new RuleSettings(null, "error", Map.of("threshold", 100.0))),
                entry("history/shallow-history", new RuleSettings(false, null, Map.of())),
                entry("testing/weak-oracle", new RuleSettings(null, null, Map.of("share", 0.25))));
        assertThat(config.rule("testing/other")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(config.weights()).containsOnly(entry("architecture", 2.0), entry("hygiene", 0.5));
        assertThat(config.paths()).isEqualTo(new ScanPaths(List.of("src/**"), List.of("**/generated/")));
        assertThat(config.history()).isEqualTo(new HistorySettings(LocalDate.of(2024, 1, 31), null, 500));
    }

    @Test
    void theLevelsARuleMayBeGivenAreExactlyTheFindingLevels() {
        assertThat(RulesReader.LEVELS).containsExactlyElementsOf(Level.ids());
    }

    @Test
    void readsAHistoryPeriodBackFromHead() throws Exception {
        assertThat(parse("history:\n  since: 12 months\n").history())
                .isEqualTo(new HistorySettings(null, Period.ofMonths(12), null));
    }

    @Test
    void withoutTheNewSectionsEverythingKeepsItsDefaults() throws Exception {
        ReadinessConfig config = parse("architecture:\n  layers: []\n");

        assertThat(config.rules()).isEmpty();
        assertThat(config.paths().isAll()).isTrue();
        assertThat(config.history()).isEqualTo(HistorySettings.NONE);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            rules:\\n  modularity/long-methd:\\n    enabled: false | readiness.yml:2:3: unknown rule 'modularity/long-methd' in rules (run 'readiness rules' for the list); did you mean 'modularity/long-method'?
            rules:\\n  modularity/long-method:\\n    enable: false | readiness.yml:3:5: unknown key 'enable' in rules.modularity/long-method (allowed: enabled, level, options); did you mean 'enabled'?
            rules:\\n  modularity/long-method:\\n    enabled: 3 | readiness.yml:3:14: rules.modularity/long-method.enabled must be true or false, not a number
            rules:\\n  modularity/long-method:\\n    level: eror | readiness.yml:3:12: rules.modularity/long-method.level must be one of error, warning, note, not 'eror'; did you mean 'error'?
            rules:\\n  modularity/long-method:\\n    options:\\n      treshold: 10 | readiness.yml:4:7: unknown key 'treshold' in rules.modularity/long-method.options (allowed: threshold); did you mean 'threshold'?
            rules:\\n  modularity/long-method:\\n    options:\\n      threshold: 0 | readiness.yml:4:18: rules.modularity/long-method.options.threshold must be between 1 and 10000, not 0 (lines of code; default 70)
            rules:\\n  modularity/long-method:\\n    options:\\n      threshold: 7.5 | readiness.yml:4:18: rules.modularity/long-method.options.threshold must be a whole number, not 7.5 (lines of code; default 70)
            rules:\\n  modularity/long-method:\\n    options:\\n      threshold: many | readiness.yml:4:18: rules.modularity/long-method.options.threshold must be a number, not a string
            rules:\\n  history/shallow-history:\\n    options: {depth: 1} | readiness.yml:3:14: history/shallow-history has no options
            rules: [modularity/long-method] | readiness.yml:1:8: rules must be a mapping of rule ids to their settings, not a list
            weights:\\n  testing: -1 | readiness.yml:2:12: weights.testing must be between 0 and 1000, not -1
            weights:\\n  testing: 1000.5 | readiness.yml:2:12: weights.testing must be between 0 and 1000, not 1000.5
            weights:\\n  testing: 1e308 | readiness.yml:2:12: weights.testing must be between 0 and 1000, not 1e308
            weights:\\n  testing: .nan | readiness.yml:2:12: weights.testing must be a plain decimal number, not '.nan'
            weights:\\n  testing: .inf | readiness.yml:2:12: weights.testing must be a plain decimal number, not '.inf'
            weights:\\n  testing: -.Inf | readiness.yml:2:12: weights.testing must be a plain decimal number, not '-.Inf'
            weights:\\n  testng: 1 | readiness.yml:2:3: unknown key 'testng' in weights (allowed: architecture, modularity, testing, history, context, hygiene); did you mean 'testing'?
            weights: {architecture: 0, modularity: 0, testing: 0, history: 0, context: 0, hygiene: 0} | readiness.yml:1:10: weights: at least one category needs a positive weight
            include: ["!src/**"] | readiness.yml:1:11: malformed path glob '!src/**' in include[0]: negation ('!') is not supported: list the path under include instead
            exclude: ["src\\\\gen"] | readiness.yml:1:11: malformed path glob 'src\\gen' in exclude[0]: use forward slashes ('/') between directories
            exclude: {src: 1} | readiness.yml:1:10: exclude must be a list of path globs, not a mapping
            history:\\n  since: last year | readiness.yml:2:10: history.since must be a date (yyyy-MM-dd, e.g. 2024-01-31) or a period such as "12 months", not 'last year'
            history:\\n  commits: 0 | readiness.yml:2:12: history.commits must be a positive whole number of commits, not 0
            history:\\n  depth: 10 | readiness.yml:2:3: unknown key 'depth' in history (allowed: since, commits)
            """)
    void reportsEachProblemWithItsPlace(String yaml, String expected) {
        ConfigException error = catchThrowableOfType(() -> parse(yaml.replace("\\n", "\n")), ConfigException.class);

        assertThat(error).hasMessage(expected);
    }

    @Test
    void withoutKnownRulesEveryRuleIdIsUnknown() {
        ConfigException error = catchThrowableOfType(() -> ConfigLoader.parse("readiness.yml", "readiness.yml",
                "rules:\n  modularity/long-method: {}\n"), ConfigException.class);

        assertThat(error.problem()).startsWith("unknown rule 'modularity/long-method'");
    }

    private static ReadinessConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse("readiness.yml", "readiness.yml", yaml, KNOWN);
    }
}
