package dev.readiness.core.analysis;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.BaselineState;
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
 * test-suite metrics, the code health of production files, what the architecture rules analysed
 * ({@link #SOURCE} or {@link #BYTECODE}), the readiness score and what the findings were compared against
 * (baseline, Git ref), and the {@link RepositoryOverview} the HTML report draws. Findings include suppressed ones (reports show them as such); counts only count
 * {@link Finding#isActive() active} findings.
 */
public record AnalysisResult(ScanTarget target, List<RuleMetadata> rules, List<Finding> findings,
                             List<ToolNotification> notifications, ScanMetrics metrics,
                             Map<String, Long> stageMillis, SourceTexts sources, TestMetrics testMetrics,
                             CodeHealthSummary codeHealth, String architectureAnalysis, ReadinessScore score,
                             GateComparison comparison, RepositoryOverview overview) {

    /** Architecture rules ran on the dependency graph of the parsed sources. */
    public static final String SOURCE = "source";
    /** Architecture rules ran on compiled classes imported with ArchUnit. */
    public static final String BYTECODE = "bytecode";

    public AnalysisResult {
        overview = overview == null ? RepositoryOverview.EMPTY : overview; // null: nothing drawn
        comparison = comparison == null ? GateComparison.none() : comparison; // null: nothing compared
        codeHealth = codeHealth == null ? CodeHealthSummary.EMPTY : codeHealth; // null: none measured
        architectureAnalysis = architectureAnalysis == null ? SOURCE : architectureAnalysis;
        testMetrics = testMetrics == null ? TestMetrics.EMPTY : testMetrics; // null: none measured
        rules = List.copyOf(rules);
        findings = findings.stream().sorted().toList();
        notifications = notifications.stream().sorted().toList();
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis)); // stage order
        score = score == null ? ReadinessScorer.score(new ScoreMeasures(codeHealth, testMetrics, null, null, rules,
                findings.stream().filter(Finding::isActive).toList(), Map.of())) : score; // null: scored from this result alone, graph and history unmeasured
    }

    /** The findings that count: not suppressed in the source, in report order. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(Finding::isActive).toList();
    }

    /** Active findings the quality gate looks at: all of them, or only new ones when compared. */
    public List<Finding> gatingFindings() {
        return findings.stream().filter(Finding::isGating).toList();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::isSuppressed).count();
    }

    /** Active findings of {@code level}. */
    public long count(Level level) {
        return findings.stream().filter(Finding::isActive).filter(finding -> finding.level() == level).count();
    }

    /** Active findings in {@code state}. */
    public long count(BaselineState state) {
        return findings.stream().filter(Finding::isActive).filter(finding -> finding.baselineState() == state).count();
    }

    public AnalysisResult withFindings(List<Finding> replaced, GateComparison compared) {
        return new AnalysisResult(target, rules, replaced, notifications, metrics, stageMillis, sources, testMetrics,
                codeHealth, architectureAnalysis, score, compared, overview);
    }

    /** Number of active findings per category, in name order. */
    public Map<String, Long> countsByCategory() {
        Map<String, Long> counts = new TreeMap<>();
        activeFindings().forEach(finding -> counts.merge(finding.category(), 1L, Long::sum));
        return counts;
    }

    /** Number of active findings per rule id, in id order. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>();
        activeFindings().forEach(finding -> counts.merge(finding.ruleId(), 1L, Long::sum));
        return counts;
    }
}
