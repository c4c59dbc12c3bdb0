package dev.readiness.core.score;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the score is computed from: the measured models, the rules that ran with their findings (and those
 * left off for being below the precision bar, which count as left out) and the configured category weights
 * (category id → weight; empty: the defaults). {@code testsElsewhere}: what is scored is a part of a repository (a
 * directory scanned alone, an area) whose tests may live outside it, so finding none there does not mean it has none.
 */
public record ScoreMeasures(CodeHealthSummary codeHealth, TestMetrics testMetrics, ArchitectureMeasures architecture,
                            HistoryMeasures history, List<RuleMetadata> rules, List<Finding> findings,
                            Map<String, Double> weights, boolean testsElsewhere) {

    public ScoreMeasures {
        codeHealth = codeHealth == null ? CodeHealthSummary.EMPTY : codeHealth;
        testMetrics = testMetrics == null ? TestMetrics.EMPTY : testMetrics;
        architecture = architecture == null ? ArchitectureMeasures.UNMEASURED : architecture;
        history = history == null ? HistoryMeasures.unavailable("history not measured") : history;
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /** Measures of a whole repository or build module, whose tests are inside it. */
    public ScoreMeasures(CodeHealthSummary codeHealth, TestMetrics testMetrics, ArchitectureMeasures architecture,
                         HistoryMeasures history, List<RuleMetadata> rules, List<Finding> findings,
                         Map<String, Double> weights) {
        this(codeHealth, testMetrics, architecture, history, rules, findings, weights, false);
    }

    /**
     * These measures with other code health, architecture and findings; the most-changed files' health follows the
     * code health, the rest stays.
     */
    ScoreMeasures with(CodeHealthSummary health, ArchitectureMeasures measuredArchitecture, List<Finding> remaining) {
        HistoryMeasures changedHistory = health == codeHealth ? history : history.withHealthFrom(health);
        return new ScoreMeasures(health, testMetrics, measuredArchitecture, changedHistory, rules, remaining, weights,
                testsElsewhere);
    }

    /** Lines of code of production Java files (the denominator of every per-KLoC rate). */
    long productionLinesOfCode() {
        return Math.max(codeHealth.linesOfCode(), testMetrics.overall().productionLinesOfCode());
    }

    /** The findings of {@code category} that count: those of rules below the precision bar leave the score alone. */
    List<Finding> findingsOf(String category) {
        Set<String> unscored = rules.stream().filter(rule -> !rule.scored()).map(RuleMetadata::id)
                .collect(Collectors.toSet());
        return findings.stream().filter(finding -> finding.category().equals(category))
                .filter(finding -> !unscored.contains(finding.ruleId())).toList();
    }

    /** The ids of the rules of {@code category} below the precision bar (off, or run as notes), in rule order. */
    List<String> unscoredRulesOf(String category) {
        return rules.stream().filter(rule -> rule.category().equals(category) && !rule.scored())
                .map(RuleMetadata::id).toList();
    }

    /** The scored rules of {@code category}. */
    List<RuleMetadata> rulesOf(String category) {
        return rules.stream().filter(rule -> rule.category().equals(category)).filter(RuleMetadata::scored).toList();
    }
}
