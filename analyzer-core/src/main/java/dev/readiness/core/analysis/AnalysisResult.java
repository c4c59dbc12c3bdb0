package dev.readiness.core.analysis;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything reporters need and nothing more: what was scanned, the rules that ran (in id order), their
 * findings (in report order), tool notifications, metrics, stage durations, access to file texts, the
 * test-suite metrics, the code health of production files and what the architecture rules analysed
 * ({@link #SOURCE} or {@link #BYTECODE}) and the readiness score.
 */
public record AnalysisResult(ScanTarget target, List<RuleMetadata> rules, List<Finding> findings,
                             List<ToolNotification> notifications, ScanMetrics metrics,
                             Map<String, Long> stageMillis, SourceTexts sources, TestMetrics testMetrics,
                             CodeHealthSummary codeHealth, String architectureAnalysis, ReadinessScore score) {

    /** Architecture rules ran on the dependency graph of the parsed sources. */
    public static final String SOURCE = "source";
    /** Architecture rules ran on compiled classes imported with ArchUnit. */
    public static final String BYTECODE = "bytecode";

    public AnalysisResult {
        codeHealth = codeHealth == null ? CodeHealthSummary.EMPTY : codeHealth; // null: none measured
        architectureAnalysis = architectureAnalysis == null ? SOURCE : architectureAnalysis;
        testMetrics = testMetrics == null ? TestMetrics.EMPTY : testMetrics; // null: none measured
        rules = List.copyOf(rules);
        findings = findings.stream().sorted().toList();
        notifications = notifications.stream().sorted().toList();
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis)); // stage order
        score = score == null ? ReadinessScorer.score(new ScoreMeasures(codeHealth, testMetrics, null, null, rules,
                findings, Map.of())) : score; // null: scored from this result alone, graph and history unmeasured
    }

    public long count(Level level) {
        return findings.stream().filter(finding -> finding.level() == level).count();
    }

    /** Number of findings per rule id, in id order. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.ruleId(), 1L, Long::sum));
        return counts;
    }
}
