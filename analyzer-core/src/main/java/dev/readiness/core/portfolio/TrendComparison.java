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
        List<Trend.CategoryChange> categories = new ArrayList<>();
        for (CategoryScore category : result.score().categories()) {
            categories.add(new Trend.CategoryChange(category.category(),
                    new Trend.Change(before.get(category.category()), category.score())));
        }
        List<Finding> findings = result.findings();
        List<String> fingerprints = StableFingerprint.of(findings, result.sources());
        Set<String> earlier = new HashSet<>();
        previous.findings().active().forEach(entry -> earlier.add(entry.fingerprint()));
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
        List<Trend.GoneFinding> gone = previous.findings().active().stream()
                .filter(entry -> !current.contains(entry.fingerprint()))
                .map(entry -> new Trend.GoneFinding(entry.ruleId(), entry.path(), entry.line(), entry.message()))
                .toList();
        return new Trend(previous.file(), previous.target().headCommit(), previous.target().headCommitTime(),
                new Trend.Change(previous.score().overall(), result.score().overall()), categories, added, gone);
    }
}
