package dev.readiness.core.portfolio;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.score.CategoryScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a scan with an earlier report of the repository ({@code scan --compare}): scores then and now, and the
 * findings new and gone, matched by stable fingerprint (rule, path, symbol and the line's text), so moved lines do
 * not count as change.
 */
public final class TrendComparison {

    private TrendComparison() {
    }

    public static Trend of(ScanReport previous, AnalysisResult result) {
        Map<String, Double> before = new HashMap<>();
        previous.score().categories().forEach(mark -> before.put(mark.category(), mark.score()));
        return compare(new Earlier(previous.file(), previous.target().headCommit(), previous.target().headCommitTime(),
                previous.score().overall(), before, previous.findings().active()), result);
    }

    /** {@code now} against what was kept of an earlier scan (the MCP server's check_change). */
    public static Trend between(Earlier before, AnalysisResult now) {
        return compare(before, now);
    }

    /**
     * What a comparison needs of the scan {@code before} of commit {@code commit}, without its sources and models: a
     * server that compares many times against one commit keeps this, not the scan.
     */
    public static Earlier earlier(AnalysisResult before, String commit) {
        Map<String, Double> categories = new HashMap<>();
        before.score().categories().stream().filter(CategoryScore::measured)
                .forEach(category -> categories.put(category.category(), category.score()));
        List<Finding> findings = before.findings();
        List<String> fingerprints = StableFingerprint.of(findings, before.sources());
        List<ScanReport.FindingEntry> active = new ArrayList<>();
        for (int index = 0; index < findings.size(); index++) {
            Finding finding = findings.get(index);
            if (finding.isActive()) {
                active.add(new ScanReport.FindingEntry(fingerprints.get(index), finding.ruleId(),
                        finding.location().path(), finding.location().region().startLine(), finding.message()));
            }
        }
        return new Earlier(commit, commit, before.target().headCommitTime(), before.score().overall(), categories,
                active);
    }

    /** What is known of the earlier scan: where it came from, its scores and its active findings. */
    public record Earlier(String file, String commit, java.time.Instant commitTime, Double overall,
                           Map<String, Double> categories, List<ScanReport.FindingEntry> findings) {
    }

    private static Trend compare(Earlier previous, AnalysisResult result) {
        List<Trend.CategoryChange> categories = new ArrayList<>();
        for (CategoryScore category : result.score().categories()) {
            categories.add(new Trend.CategoryChange(category.category(),
                    new Trend.Change(previous.categories().get(category.category()), category.score())));
        }
        List<Finding> findings = result.findings();
        List<String> fingerprints = StableFingerprint.of(findings, result.sources());
        Set<String> earlier = new HashSet<>();
        previous.findings().forEach(entry -> earlier.add(entry.fingerprint()));
        Set<String> current = new HashSet<>();
        List<Finding> added = new ArrayList<>();
        for (int index = 0; index < findings.size(); index++) {
            if (findings.get(index).isActive()) {
                current.add(fingerprints.get(index));
                if (!earlier.contains(fingerprints.get(index))) {
                    added.add(findings.get(index));
                }
            }
        }
        List<Trend.GoneFinding> gone = previous.findings().stream()
                .filter(entry -> !current.contains(entry.fingerprint()))
                .map(entry -> new Trend.GoneFinding(entry.ruleId(), entry.path(), entry.line(), entry.message()))
                .toList();
        return new Trend(previous.file(), previous.commit(), previous.commitTime(),
                new Trend.Change(previous.overall(), result.score().overall()), categories, added, gone);
    }
}
