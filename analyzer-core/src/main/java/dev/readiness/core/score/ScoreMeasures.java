package dev.readiness.core.score;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;

/**
 * Everything the score is computed from: the measured models, the rules that ran with their findings and
 * the configured category weights (category id → weight; empty: the defaults).
 */
public record ScoreMeasures(CodeHealthSummary codeHealth, TestMetrics testMetrics, ArchitectureMeasures architecture,
                            HistoryMeasures history, List<RuleMetadata> rules, List<Finding> findings,
                            Map<String, Double> weights) {

    public ScoreMeasures {
        codeHealth = codeHealth == null ? CodeHealthSummary.EMPTY : codeHealth;
        testMetrics = testMetrics == null ? TestMetrics.EMPTY : testMetrics;
        architecture = architecture == null ? ArchitectureMeasures.UNMEASURED : architecture;
        history = history == null ? HistoryMeasures.unavailable("history not measured") : history;
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /** Lines of code of production Java files (the denominator of every per-KLoC rate). */
    long productionLinesOfCode() {
        return Math.max(codeHealth.linesOfCode(), testMetrics.overall().productionLinesOfCode());
    }

    List<Finding> findingsOf(String category) {
        return findings.stream().filter(finding -> finding.category().equals(category)).toList();
    }

    List<RuleMetadata> rulesOf(String category) {
        return rules.stream().filter(rule -> rule.category().equals(category)).toList();
    }
}
