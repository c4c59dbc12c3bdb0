package dev.readiness.core.analysis;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.score.RemediationPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The score points each active finding is worth ({@code dev.readiness.core.score.FindingImpact}), by rule, place and
 * message, so the finding keeps its worth when a baseline comparison marks it later (0 for a finding not scored),
 * and the remediation plan that orders their fixes.
 */
public final class FindingImpacts {

    public static final FindingImpacts NONE = new FindingImpacts(Map.of(), RemediationPlan.NONE);

    private final Map<String, Double> byFinding;
    private final RemediationPlan plan;

    private FindingImpacts(Map<String, Double> byFinding, RemediationPlan plan) {
        this.byFinding = byFinding;
        this.plan = plan;
    }

    /** {@code gains.get(i)} is what fixing {@code findings.get(i)} gains; {@code plan} orders their fixes. */
    public static FindingImpacts of(List<Finding> findings, List<Double> gains, RemediationPlan plan) {
        Map<String, Double> byFinding = new HashMap<>();
        for (int index = 0; index < findings.size(); index++) {
            byFinding.merge(key(findings.get(index)), gains.get(index), Math::max);
        }
        return new FindingImpacts(Map.copyOf(byFinding), plan);
    }

    /** The remediation plan: the fixes that raise the score the most, in order. */
    public RemediationPlan plan() {
        return plan;
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
