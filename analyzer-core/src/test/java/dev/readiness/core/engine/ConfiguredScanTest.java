package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readiness.yml's rules, include/exclude and history settings change what a scan runs, reads and reports. */
class ConfiguredScanTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.of(FileEchoRule.class, HistoryEchoRule.class);
    private static final RuleRegistry UNPROVEN = RuleRegistry.of(UnprovenEchoRule.class);

    @TempDir
    Path repository;

    @Test
    void optionsReachTheRuleAndALevelOverrideChangesFindingsAndMetadata() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n"));

        try (Scan scan = scan("rules:\n  custom/file-echo:\n    level: error\n    options: {limit: 7}\n")) {
            assertThat(scan.result().findings()).extracting(Finding::ruleId, Finding::level, Finding::message)
                    .containsExactly(tuple(FileEchoRule.ID, Level.ERROR, "limit 7"));
            assertThat(scan.result().rules()).extracting(RuleMetadata::id, RuleMetadata::defaultLevel)
                    .contains(tuple(FileEchoRule.ID, Level.ERROR));
        }
    }

    @Test
    void aRuleBelowThePrecisionBarIsOffUntilEnabledThenReportsNotesUntilALevelIsConfigured() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n"));

        try (Scan scan = scan(UNPROVEN, "")) {
            assertThat(scan.result().findings()).isEmpty();
            assertThat(scan.result().rules()).isEmpty();
        }
        try (Scan scan = scan(UNPROVEN, "rules:\n  custom/unproven-echo:\n    enabled: true\n")) {
            assertThat(scan.result().findings()).extracting(Finding::level).containsExactly(Level.NOTE);
            assertThat(scan.result().rules()).extracting(RuleMetadata::defaultLevel, RuleMetadata::scored)
                    .containsExactly(tuple(Level.NOTE, false));
        }
        try (Scan scan = scan(UNPROVEN, "rules:\n  custom/unproven-echo:\n    level: warning\n")) {
            assertThat(scan.result().findings()).extracting(Finding::level).containsExactly(Level.WARNING);
            assertThat(scan.result().rules()).extracting(RuleMetadata::scored).containsExactly(true);
        }
    }

    @Test
    void enablingUnprovenRulesRunsThemExceptThoseReadinessYmlSwitchesOff() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n"));
        ReadinessConfig off = ConfigLoader.parse("readiness.yml", "readiness.yml",
                "rules:\n  custom/unproven-echo:\n    enabled: false\n", UNPROVEN.knownRules());

        try (Scan scan = scan(UNPROVEN, ReadinessConfig.EMPTY.enabling(List.of("custom/unproven-echo")))) {
            assertThat(scan.result().findings()).extracting(Finding::ruleId, Finding::level)
                    .containsExactly(tuple("custom/unproven-echo", Level.NOTE));
        }
        try (Scan scan = scan(UNPROVEN, off.enabling(List.of("custom/unproven-echo")))) {
            assertThat(scan.result().findings()).isEmpty();
        }
    }

    @Test
    void withoutSettingsTheRuleRunsOnItsDefaults() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n"));

        try (Scan scan = scan("")) {
            assertThat(scan.result().findings()).extracting(Finding::level, Finding::message)
                    .containsExactly(tuple(Level.WARNING, "limit 3"));
        }
    }

    @Test
    void aDisabledRuleDoesNotRunAndIsNotListed() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n"));

        try (Scan scan = scan("rules:\n  custom/file-echo:\n    enabled: false\n")) {
            assertThat(scan.result().findings()).isEmpty();
            assertThat(scan.result().rules()).extracting(RuleMetadata::id).containsExactly("custom/history-echo");
        }
    }

    @Test
    void excludedFilesAreNeitherParsedNorReported() throws Exception {
        TestRepos.writeFiles(repository, Map.of("src/A.java", "class A { }\n", "src/gen/B.java", "class B { }\n",
                "other/C.java", "class C { }\n"));

        try (Scan scan = scan("include: [\"src/**\"]\nexclude: [gen/]\n")) {
            assertThat(scan.result().findings()).extracting(finding -> finding.location().path())
                    .containsExactly("src/A.java");
            assertThat(scan.result().metrics().javaFilesParsed()).isEqualTo(1);
        }
    }

    @Test
    void historyLeavesOutExcludedFilesAndHonoursTheCommitLimit() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("Old.java", "class Old { }\n"), "first");
            TestRepos.commitFiles(git, Map.of("gen/G.java", "class G { }\n"), "second");
            TestRepos.commitFiles(git, Map.of("App.java", "class App { }\n"), "third");
        }

        try (Scan scan = scan("exclude: [gen]\nhistory:\n  commits: 2\n")) {
            assertThat(scan.result().findings()).filteredOn(finding -> finding.ruleId().equals("custom/history-echo"))
                    .extracting(finding -> finding.location().path(), Finding::message)
                    .containsExactly(tuple("App.java", "history"), tuple("readiness.yml", "commits 2"));
        }
    }

    private Scan scan(String yaml) throws Exception {
        return scan(REGISTRY, yaml);
    }

    private Scan scan(RuleRegistry registry, String yaml) throws Exception {
        return scan(registry, ConfigLoader.parse("readiness.yml", "readiness.yml", yaml, registry.knownRules()));
    }

    private Scan scan(RuleRegistry registry, ReadinessConfig config) throws Exception {
        return new Analyzer(registry, ProgressListener.NONE).analyze(new ScanRequest(repository, 1).withConfig(config));
    }
}
