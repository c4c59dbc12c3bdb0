package dev.readiness.core.analysis;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ModuleScore;
import dev.readiness.core.score.ReadinessScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything reporters need and nothing more: what was scanned, the rules that ran (in id order), their
 * findings (in report order), tool notifications, metrics, stage durations, access to file texts, the
 * test-suite metrics, the code health of production files, what the architecture rules analysed
 * ({@link #SOURCE} or {@link #BYTECODE}), the readiness score and what the findings were compared against
 * (baseline, Git ref), the {@link RepositoryOverview} the HTML report draws, and the {@link TrackRecord} of the
 * hotspot ranking when it was asked for (null otherwise), and what fixing each active finding gains ({@link
 * FindingImpacts}), the scores of its build modules and areas ({@link ModuleScore}; none for one module and no
 * area), what changed since an earlier report when one was given ({@link Trend}; null otherwise); the time of the scan
 * only when it was asked for (null otherwise). Findings include suppressed ones (reports show them as such); counts only count
 * {@link Finding#isActive() active} findings.
 * A result for reports may list only the first findings of each rule ({@link #listingAtMost}): the rest are
 * {@link #unlisted()}, counted by every count here (as they are by the score) but in no list.
 * Build one with {@link #builder(ScanTarget, ReadinessScore)}: whoever builds a result has scored it.
 */
public record AnalysisResult(ScanTarget target, List<RuleMetadata> rules, List<Finding> findings,
                             List<ToolNotification> notifications, ScanMetrics metrics,
                             Map<String, Long> stageMillis, SourceTexts sources, TestMetrics testMetrics,
                             CodeHealthSummary codeHealth, String architectureAnalysis, ReadinessScore score,
                             GateComparison comparison, RepositoryOverview overview, TrackRecord trackRecord,
                             FindingImpacts impacts, List<ModuleScore> modules, VerifyCommands verifyCommands,
                             Trend trend, Instant scannedAt, List<Finding> unlisted) {

    /** Architecture rules ran on the dependency graph of the parsed sources. */
    public static final String SOURCE = "source";
    /** Architecture rules ran on compiled classes imported with ArchUnit. */
    public static final String BYTECODE = "bytecode";
    /**
     * The findings of one rule reports list by default: enough to work on for weeks, and 20,000 findings of one rule
     * make a JSON report of about 1.7 MB instead of 33 MB.
     */
    public static final int DEFAULT_FINDINGS_PER_RULE = 1_000;
    /** The id of the notification saying how many findings of a rule a report does not list. */
    public static final String UNLISTED = "findings-unlisted";

    public AnalysisResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(score, "score"); // never made up here: a score from the result alone would be wrong
        rules = List.copyOf(rules);
        findings = findings.stream().sorted().toList();
        notifications = notifications.stream().sorted().toList();
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)); // stage order
        impacts = impacts == null ? FindingImpacts.NONE : impacts;
        modules = modules == null ? List.of() : List.copyOf(modules);
        verifyCommands = verifyCommands == null ? VerifyCommands.NONE : verifyCommands;
        unlisted = unlisted == null ? List.of() : unlisted.stream().sorted().toList();
    }

    /** A result of scanning {@code target}, scored {@code score}; every other part starts empty. */
    public static Builder builder(ScanTarget target, ReadinessScore score) {
        return new Builder(target, score);
    }

    /** The findings that count: not suppressed in the source, in report order. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(Finding::isActive).toList();
    }

    /** Active findings the quality gate looks at: all of them, or only new ones when compared. */
    public List<Finding> gatingFindings() {
        return findings.stream().filter(Finding::isGating).toList();
    }

    /** Active findings, listed or not. */
    public long activeCount() {
        return counted().filter(Finding::isActive).count();
    }

    public long suppressedCount() {
        return counted().filter(Finding::isSuppressed).count();
    }

    /** Active findings of {@code level}. */
    public long count(Level level) {
        return counted().filter(Finding::isActive).filter(finding -> finding.level() == level).count();
    }

    /** Active findings in {@code state}. */
    public long count(BaselineState state) {
        return counted().filter(Finding::isActive).filter(finding -> finding.baselineState() == state).count();
    }

    /** Every finding, listed or not: what the counts count. */
    private Stream<Finding> counted() {
        return Stream.concat(findings.stream(), unlisted.stream());
    }

    /**
     * This result listing at most {@code perRule} findings of each rule, the first in report order; the rest move to
     * {@link #unlisted()}, and a {@value #UNLISTED} notification per rule says how many there are. Counts, the score
     * and everything measured stay as they are.
     */
    public AnalysisResult listingAtMost(int perRule) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> listed = new ArrayList<>();
        List<Finding> rest = new ArrayList<>(unlisted);
        findings.forEach(finding -> (seen.merge(finding.ruleId(), 1, Integer::sum) <= perRule ? listed : rest)
                .add(finding));
        if (rest.size() == unlisted.size()) {
            return this;
        }
        Map<String, Long> unlistedByRule = new TreeMap<>();
        rest.forEach(finding -> unlistedByRule.merge(finding.ruleId(), 1L, Long::sum));
        List<ToolNotification> told = new ArrayList<>(notifications);
        unlistedByRule.forEach((ruleId, count) -> {
            int shown = Math.min(perRule, seen.getOrDefault(ruleId, 0));
            told.add(ToolNotification.global(UNLISTED, Level.WARNING, String.format(Locale.ROOT,
                    "%s: %,d findings, of which the first %,d in report order are listed; the other %,d count in the "
                            + "summary and the score but are not listed", ruleId, shown + count, shown, count)));
        });
        return new AnalysisResult(target, rules, listed, told, metrics, stageMillis, sources, testMetrics, codeHealth,
                architectureAnalysis, score, comparison, overview, trackRecord, impacts, modules, verifyCommands, trend,
                scannedAt, rest);
    }

    /** Findings not listed, by rule id, in id order: what {@link #listingAtMost} left out. */
    public Map<String, Long> unlistedByRule() {
        Map<String, Long> counts = new TreeMap<>();
        unlisted.forEach(finding -> counts.merge(finding.ruleId(), 1L, Long::sum));
        return counts;
    }

    /** This result with its findings marked against {@code compared}; the score stays, it counts no baseline state. */
    public AnalysisResult withFindings(List<Finding> replaced, GateComparison compared) {
        return new AnalysisResult(target, rules, replaced, notifications, metrics, stageMillis, sources, testMetrics,
                codeHealth, architectureAnalysis, score, compared, overview, trackRecord, impacts, modules, verifyCommands, trend,
                scannedAt, unlisted);
    }

    /** This result with the backtest of its hotspot ranking ({@code scan --track-record}). */
    public AnalysisResult withTrackRecord(TrackRecord record) {
        return new AnalysisResult(target, rules, findings, notifications, metrics, stageMillis, sources, testMetrics,
                codeHealth, architectureAnalysis, score, comparison, overview, Objects.requireNonNull(record), impacts,
                modules, verifyCommands, trend, scannedAt, unlisted);
    }

    /**
     * This result stamped with the time of the scan ({@code scan --timestamp}); without it reports carry no time of
     * their own, so the same input gives the same bytes.
     */
    public AnalysisResult withScannedAt(Instant time) {
        return new AnalysisResult(target, rules, findings, notifications, metrics, stageMillis, sources, testMetrics,
                codeHealth, architectureAnalysis, score, comparison, overview, trackRecord, impacts, modules, verifyCommands, trend,
                Objects.requireNonNull(time), unlisted);
    }

    /** This result with what changed since an earlier report of the repository ({@code scan --compare}). */
    public AnalysisResult withTrend(Trend since) {
        return new AnalysisResult(target, rules, findings, notifications, metrics, stageMillis, sources, testMetrics,
                codeHealth, architectureAnalysis, score, comparison, overview, trackRecord, impacts, modules,
                verifyCommands, Objects.requireNonNull(since), scannedAt, unlisted);
    }

    /** Number of active findings per category, in name order. */
    public Map<String, Long> countsByCategory() {
        Map<String, Long> counts = new TreeMap<>();
        counted().filter(Finding::isActive).forEach(finding -> counts.merge(finding.category(), 1L, Long::sum));
        return counts;
    }

    /** Number of active findings per rule id, in id order. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>();
        counted().filter(Finding::isActive).forEach(finding -> counts.merge(finding.ruleId(), 1L, Long::sum));
        return counts;
    }

    /**
     * Collects the parts of a result besides its target and score. A part not given is empty: no rules, findings,
     * notifications or stage times, {@link ScanMetrics#EMPTY}, {@link TestMetrics#EMPTY},
     * {@link CodeHealthSummary#EMPTY}, {@link SourceTexts#NONE}, {@link RepositoryOverview#EMPTY}, {@link #SOURCE}
     * and nothing compared ({@link #withFindings} compares). No part may be null.
     */
    public static final class Builder {

        private final ScanTarget target;
        private final ReadinessScore score;
        private List<RuleMetadata> rules = List.of();
        private List<Finding> findings = List.of();
        private List<ToolNotification> notifications = List.of();
        private Map<String, Long> stageMillis = Map.of();
        private ScanMetrics metrics = ScanMetrics.EMPTY;
        private TestMetrics testMetrics = TestMetrics.EMPTY;
        private CodeHealthSummary codeHealth = CodeHealthSummary.EMPTY;
        private String architectureAnalysis = SOURCE;
        private SourceTexts sources = SourceTexts.NONE;
        private RepositoryOverview overview = RepositoryOverview.EMPTY;
        private FindingImpacts impacts = FindingImpacts.NONE;
        private List<ModuleScore> modules = List.of();
        private VerifyCommands verifyCommands = VerifyCommands.NONE;

        private Builder(ScanTarget target, ReadinessScore score) {
            this.target = Objects.requireNonNull(target, "target");
            this.score = Objects.requireNonNull(score, "score");
        }

        /** The rules that ran, in id order. */
        public Builder rules(List<RuleMetadata> ran) {
            rules = List.copyOf(ran);
            return this;
        }

        /** In any order: the result sorts them into report order. */
        public Builder findings(List<Finding> found) {
            findings = List.copyOf(found);
            return this;
        }

        /** In any order: the result sorts them. */
        public Builder notifications(List<ToolNotification> told) {
            notifications = List.copyOf(told);
            return this;
        }

        /** Milliseconds per stage, in the order the stages ran (copied: the caller's clock may run on). */
        public Builder stageMillis(Map<String, Long> millis) {
            stageMillis = new LinkedHashMap<>(millis);
            return this;
        }

        /** What was measured: the sizes of what was scanned, the test suite and the code health of production files. */
        public Builder measures(ScanMetrics sizes, TestMetrics tests, CodeHealthSummary health) {
            metrics = Objects.requireNonNull(sizes, "metrics");
            testMetrics = Objects.requireNonNull(tests, "testMetrics");
            codeHealth = Objects.requireNonNull(health, "codeHealth");
            return this;
        }

        /** {@link #SOURCE} or {@link #BYTECODE}: what the architecture rules analysed. */
        public Builder architectureAnalysis(String analysed) {
            if (!SOURCE.equals(analysed) && !BYTECODE.equals(analysed)) {
                throw new IllegalArgumentException("architecture analysis is source or bytecode, not " + analysed);
            }
            architectureAnalysis = analysed;
            return this;
        }

        /** The file texts, for fingerprints and snippets. */
        public Builder sources(SourceTexts texts) {
            sources = Objects.requireNonNull(texts, "sources");
            return this;
        }

        public Builder overview(RepositoryOverview drawn) {
            overview = Objects.requireNonNull(drawn, "overview");
            return this;
        }

        /** What fixing each finding gains, as the scorer computed it. */
        public Builder impacts(FindingImpacts computed) {
            impacts = Objects.requireNonNull(computed, "impacts");
            return this;
        }

        /** The scores of the build modules and areas, when there is more than the repository to score. */
        public Builder modules(List<ModuleScore> scored) {
            modules = List.copyOf(scored);
            return this;
        }

        /** The command that runs each build module's tests, for fix prompts. */
        public Builder verifyCommands(VerifyCommands commands) {
            verifyCommands = Objects.requireNonNull(commands, "verifyCommands");
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(target, rules, findings, notifications, metrics, stageMillis, sources,
                    testMetrics, codeHealth, architectureAnalysis, score, GateComparison.none(), overview, null,
                    impacts, modules, verifyCommands, null, null, List.of());
        }
    }
}
