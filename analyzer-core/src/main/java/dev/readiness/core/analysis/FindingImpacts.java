package dev.readiness.core.analysis;

import dev.readiness.core.rule.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The score points each active finding is worth ({@code dev.readiness.core.score.FindingImpact}), by rule, place and
 * message, so the finding keeps its worth when a baseline comparison marks it later. 0 for a finding not scored.
 */
public final class FindingImpacts {

    public static final FindingImpacts NONE = new FindingImpacts(Map.of());

    private final Map<String, Double> byFinding;

    private FindingImpacts(Map<String, Double> byFinding) {
        this.byFinding = byFinding;
    }

    /** {@code gains.get(i)} is what fixing {@code findings.get(i)} gains. */
    public static FindingImpacts of(List<Finding> findings, List<Double> gains) {
        Map<String, Double> byFinding = new HashMap<>();
        for (int index = 0; index < findings.size(); index++) {
            byFinding.merge(key(findings.get(index)), gains.get(index), Math::max);
        }
        return new FindingImpacts(Map.copyOf(byFinding));
    }

    /** The overall score points gained by fixing {@code finding}. */
    public double of(Finding finding) {
        return byFinding.getOrDefault(key(finding), 0.0);
    }

    private static String key(Finding finding) {
        return finding.ruleId() + "\n" + finding.location().path() + "\n" + finding.location().region() + "\n"
                + finding.message();
    }
}
