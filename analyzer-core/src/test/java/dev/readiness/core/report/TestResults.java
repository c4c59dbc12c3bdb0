package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingImpacts;
import dev.readiness.core.analysis.FileRoleSummary;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import dev.readiness.core.score.RemediationPlan;
import dev.readiness.core.testing.TestRuleMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built analysis results for the report tests; everything is deterministic. */
final class TestResults {

    static final String ORDER_JAVA = "src/main/java/com/acme/Order.java";
    static final String ORDER_TEXT = """
            package com.acme;

            public class Order {
                private static final String KEY = "AKIA0000000000000000";

                public int total(int count) {
                    if (count > 0) {
                        if (count > 1) {
                            System.out.println(count);
                        }
                    }
                    return count;
                }
            }
            """;

    static final RuleMetadata SECRET = TestRuleMetadata.rule("hygiene/hardcoded-secret")
            .summary("A secret is committed in the source.")
            .description("Credentials in source code leak to everyone who can read it.")
            .help("# Hardcoded secret\n\nA **secret** in `code` leaks.\n\n## How to fix\n\n"
                    + "Move it to a [vault](https://example.org/vault).\n")
            .level(Level.ERROR).tags("secrets", "external/cwe/cwe-798").securitySeverity("7.5").build();
    static final RuleMetadata DEEP_NESTING = TestRuleMetadata.rule("modularity/deep-nesting")
            .summary("Code is nested too deeply.")
            .description("Deeply nested code is hard to read and to change safely.")
            .help("# Deep nesting\n\n## How to fix\n\nExtract the inner blocks into methods.\n")
            .precision(Precision.VERY_HIGH).tags("maintainability").build();
    static final RuleMetadata CONSOLE = TestRuleMetadata.rule("hygiene/console-logging")
            .summary("Production code writes to the console.")
            .description("System.out bypasses the logging configuration.")
            .help("# Console logging\n\n## How to fix\n\nUse a logger.\n")
            .level(Level.NOTE).precision(Precision.MEDIUM).build();
    static final RuleMetadata NO_CI = TestRuleMetadata.rule("context/no-ci")
            .summary("No continuous integration is configured.")
            .description("Without CI nobody notices when a change breaks the build.")
            .help("# No CI\n\n## How to fix\n\nAdd a workflow.\n")
            .tags("process").build();

    static final List<RuleMetadata> RULES = List.of(NO_CI, CONSOLE, SECRET, DEEP_NESTING);

    static final ScanTarget TARGET = new ScanTarget("acme-shop", "", "0123456789abcdef0123456789abcdef01234567",
            Instant.parse("2026-11-30T16:45:00Z"), "main", true, "History available: 120 commits.", null);
    static final ScanMetrics METRICS = new ScanMetrics(Map.of("java", 12, "build", 1, "docs", 2), 12, 11, 1, 0,
            1_234, 2, 15, List.of(new FileRoleSummary("test", "test", "test directory at a module root", 4),
                    new FileRoleSummary("src/main", "production", "conventional main root", 8)));

    private TestResults() {
    }

    static Finding finding(String ruleId, Level level, Location location, String message) {
        return new Finding(ruleId, level, message, location, List.of());
    }

    /** A whole line outside any symbol. */
    static Location at(String path, int line) {
        return at(path, line, "");
    }

    /** A whole line in {@code symbol}. */
    static Location at(String path, int line, String symbol) {
        return Location.of(path, Region.line(line), symbol);
    }

    static List<Finding> sampleFindings() {
        return List.of(
                new Finding(SECRET.id(), Level.ERROR, "A hardcoded AWS key: AKIA****************.",
                        Location.of(ORDER_JAVA, new Region(4, 39, 4, 61), "com.acme.Order#KEY"), List.of()),
                new Finding(DEEP_NESTING.id(), Level.WARNING, "Nesting depth 3 exceeds 2.",
                        Location.of(ORDER_JAVA, new Region(9, 0, 9, 0), "com.acme.Order#total(int)"),
                        List.of(Location.of(ORDER_JAVA, Region.line(7), "com.acme.Order#total(int)")
                                .withMessage("outer if"))),
                new Finding(CONSOLE.id(), Level.NOTE, "System.out.println in production code.",
                        Location.of(ORDER_JAVA, new Region(9, 29, 9, 55), "com.acme.Order#total(int)"), List.of())
                        .withProperties(Map.of("analysis", "bytecode")),
                finding(NO_CI.id(), Level.WARNING, at("pom.xml", 1), "No CI configuration found."));
    }

    static List<ToolNotification> sampleNotifications() {
        return List.of(
                new ToolNotification("parse-error", Level.ERROR, "Syntax error: ';' expected.",
                        "src/main/java/com/acme/Broken.java", 7, 12),
                ToolNotification.forFile("file-skipped", Level.NOTE, "src/main/resources/huge.json",
                        "Skipped: larger than 2 MiB."),
                ToolNotification.global("history-partial", Level.WARNING, "Shallow clone: 1 commit."));
    }

    /**
     * A fixture's score: the real scorer over {@code rules} and the active {@code findings} alone. A hand-built
     * result has no models, so code health, tests, the package graph and history count as unmeasured, whatever
     * the result shows of them.
     */
    static ReadinessScore findingsOnlyScore(List<RuleMetadata> rules, List<Finding> findings) {
        return ReadinessScorer.score(new ScoreMeasures(null, null, null, null, rules,
                findings.stream().filter(Finding::isActive).toList(), Map.of()));
    }

    /** A result of scanning {@code target} with {@link #RULES} and {@link #METRICS}, scored by findingsOnlyScore. */
    static AnalysisResult.Builder builder(ScanTarget target, List<Finding> findings) {
        return AnalysisResult.builder(target, findingsOnlyScore(RULES, findings)).rules(RULES).findings(findings)
                .measures(METRICS, TestMetrics.EMPTY, CodeHealthSummary.EMPTY);
    }

    /** The sample's findings, each error worth {@code errorGain} score points fixed and every other finding none. */
    static AnalysisResult sampleWithErrorsWorth(double errorGain) {
        List<Finding> findings = sampleFindings();
        List<Double> gains = findings.stream().map(finding -> finding.level() == Level.ERROR ? errorGain : 0.0)
                .toList();
        return builder(TARGET, findings).impacts(FindingImpacts.of(findings, gains, RemediationPlan.NONE)).build();
    }

    static AnalysisResult sample() {
        return result(sampleFindings(), sampleNotifications());
    }

    /** The sample as scanned with the readiness.yml at {@code config}. */
    static AnalysisResult sampleWithConfig(String config) {
        ScanTarget target = new ScanTarget(TARGET.name(), TARGET.scope(), TARGET.headCommit(), TARGET.headCommitTime(),
                TARGET.branch(),
                TARGET.historyAvailable(), TARGET.historyStatus(), config);
        return builder(target, sampleFindings()).notifications(sampleNotifications()).sources(TestResults::text)
                .build();
    }

    static AnalysisResult result(List<Finding> findings, List<ToolNotification> notifications) {
        return builder(TARGET, findings).notifications(notifications).stageMillis(Map.of("parse", 120L, "rules", 45L))
                .sources(TestResults::text).build();
    }

    /**
     * The sample with console-logging measured below the precision bar (2 correct of 10 on 6 repositories): it
     * ships unscored at note level.
     */
    static AnalysisResult sampleWithUnscoredRule() {
        List<RuleMetadata> rules = List.of(NO_CI, TestRuleMetadata.rule(CONSOLE.id()).summary(CONSOLE.shortDescription())
                .description(CONSOLE.fullDescription()).help(CONSOLE.helpMarkdown()).level(Level.WARNING)
                .measured(new MeasuredPrecision(2, 3, 5, 6)).build(), SECRET, DEEP_NESTING);
        return AnalysisResult.builder(TARGET, findingsOnlyScore(rules, sampleFindings())).rules(rules)
                .findings(sampleFindings()).measures(METRICS, TestMetrics.EMPTY, CodeHealthSummary.EMPTY)
                .sources(TestResults::text).build();
    }

    static Optional<String> text(String path) {
        return ORDER_JAVA.equals(path) ? Optional.of(ORDER_TEXT) : Optional.empty();
    }
}
