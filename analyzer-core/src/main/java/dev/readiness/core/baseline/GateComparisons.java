package dev.readiness.core.baseline;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks each finding {@link BaselineState#NEW new} or {@link BaselineState#UNCHANGED unchanged}: against a
 * baseline by stable fingerprint, and against a Git ref by what the scan of the merge base found and the lines
 * changed since (see {@link MergeBase#newFindings}). With both, a finding is new only when it is new to both.
 */
public final class GateComparisons {

    /**
     * What to compare against: a baseline (null: none) named {@code baselineName}, and/or the merge base of
     * {@code newSinceRef} (null: none) and HEAD.
     */
    public record Request(List<BaselineEntry> baseline, String baselineName, String newSinceRef) {

        public static final Request NONE = new Request(null, null, null);

        public boolean isEmpty() {
            return baseline == null && newSinceRef == null;
        }
    }

    private GateComparisons() {
    }

    /**
     * @param mergeBase what the scan of the merge base of {@code request.newSinceRef()} found, null when there is no
     *                  ref
     */
    public static AnalysisResult compare(AnalysisResult result, Request request, MergeBase mergeBase) {
        if (request.isEmpty()) {
            return result;
        }
        List<Finding> findings = result.findings();
        List<String> fingerprints = StableFingerprint.of(findings, result.sources());
        List<Boolean> newSinceRef = mergeBase == null ? null : mergeBase.newFindings(findings, fingerprints,
                RepositoryFindingKey.of(findings, result.sources(), result.target().scope(), path -> path));
        Map<String, BaselineEntry> remaining = new HashMap<>();
        if (request.baseline() != null) {
            request.baseline().forEach(entry -> remaining.put(entry.fingerprint(), entry));
        }
        Set<String> matched = new HashSet<>();
        List<Finding> compared = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            boolean known = remaining.containsKey(fingerprints.get(i));
            if (known) {
                matched.add(fingerprints.get(i));
            }
            boolean isNew = (request.baseline() == null || !known) && (newSinceRef == null || newSinceRef.get(i));
            compared.add(findings.get(i).withBaselineState(isNew ? BaselineState.NEW : BaselineState.UNCHANGED));
        }
        List<BaselineEntry> absent = remaining.values().stream()
                .filter(entry -> !matched.contains(entry.fingerprint())).toList();
        return result.withFindings(compared, new GateComparison(request.baselineName(), request.newSinceRef(),
                mergeBase == null ? null : mergeBase.commit(), absent,
                mergeBase == null ? null : mergeBase.delta(result)));
    }
}
