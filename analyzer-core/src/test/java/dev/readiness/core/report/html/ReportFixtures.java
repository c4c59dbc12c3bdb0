package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import dev.readiness.core.testing.TestRuleMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-built results for the HTML report tests. */
final class ReportFixtures {

    static final String ORDER = "src/main/java/shop/order/Order.java";
    static final String BILLING = "src/main/java/shop/billing/Invoice.java";
    static final String UTIL = "src/main/java/shop/util/Dates.java";

    static final RuleMetadata SECRET = rule("hygiene/hardcoded-secret", Level.ERROR, "7.5", """
            # Hardcoded secret: credentials in the source

            ## Why it matters for AI-agent-written changes

            Agents copy what they see, **including** keys.

            ## How to fix

            - Move the key to a `vault` or the [environment](https://example.org/env).
            - Rotate it.
            """);
    static final RuleMetadata CONSOLE = rule("hygiene/console-logging", Level.NOTE, null, """
            # Console logging

            ## How to fix

            Use a logger.
            """);
    static final RuleMetadata CYCLE = rule("architecture/package-cycle", Level.WARNING, null, """
            # Package cycle

            ## How to fix

            Invert the dependency.
            """);
    static final List<RuleMetadata> RULES = List.of(CYCLE, CONSOLE, SECRET);
    static final ScanTarget TARGET = new ScanTarget("acme-shop", "", "0123456789abcdef0123456789abcdef01234567",
            Instant.parse("2026-11-30T16:45:00Z"), "main", true, "Git history available", null);

    private ReportFixtures() {
    }

    static RuleMetadata rule(String id, Level level, String severity, String help) {
        TestRuleMetadata metadata = TestRuleMetadata.rule(id).help(help).level(level);
        return (severity == null ? metadata : metadata.securitySeverity(severity)).build();
    }

    static Finding finding(RuleMetadata rule, Level level, Location at, String message) {
        return new Finding(rule.id(), level, message, at, List.of());
    }

    static Location at(String path, int line) {
        return Location.of(path, Region.line(line), "");
    }

    static List<Finding> findings() {
        return List.of(
                finding(SECRET, Level.ERROR, at(ORDER, 4), "An AWS key: AKIA****"),
                finding(CONSOLE, Level.NOTE, at(ORDER, 9), "System.out in production code."),
                finding(CONSOLE, Level.NOTE, at(BILLING, 3), "System.out in production code."),
                finding(CONSOLE, Level.NOTE, at(BILLING, 5), "System.out in production code."),
                finding(CYCLE, Level.WARNING, at(BILLING, 2), "Packages shop.billing and shop.order form a cycle."));
    }

    static CodeHealthSummary health() {
        return CodeHealthSummary.of(List.of(
                new FileHealth(ORDER, 400, 3.5, HealthBand.RED,
                        List.of(new Biomarker("brain-method", 1, 4.0, List.of("total")))),
                new FileHealth(BILLING, 120, 7.0, HealthBand.YELLOW, List.of()),
                new FileHealth(UTIL, 30, 10.0, HealthBand.GREEN, List.of())));
    }

    static RepositoryOverview overview() {
        return new RepositoryOverview("2025-05-22",
                List.of(new FileChanges(ORDER, 40, 12, 3), new FileChanges(BILLING, 9, 2, 1),
                        new FileChanges(UTIL, 1, 0, 1)),
                List.of(new PackageCycle(List.of("shop.billing", "shop.order"), List.of(
                        new PackageEdge("shop.billing", "shop.order", 7, false),
                        new PackageEdge("shop.order", "shop.billing", 1, true)))));
    }

    /**
     * A fixture's score: the real scorer over {@code rules}, the active {@code findings} and {@code health}; tests,
     * the package graph and history count as unmeasured (a hand-built result has no such models).
     */
    static ReadinessScore score(List<RuleMetadata> rules, List<Finding> findings, CodeHealthSummary health) {
        return ReadinessScorer.score(new ScoreMeasures(health, null, null, null, rules,
                findings.stream().filter(Finding::isActive).toList(), Map.of()));
    }

    static AnalysisResult result(List<Finding> findings, RepositoryOverview overview) {
        return AnalysisResult.builder(TARGET, score(RULES, findings, health())).rules(RULES).findings(findings)
                .measures(new ScanMetrics(Map.of("production", 3), 3, 3, 0, 0, 550, 1, 3), TestMetrics.EMPTY, health())
                .overview(overview).build();
    }

    static AnalysisResult result() {
        return result(findings(), overview());
    }
}
