package dev.readiness.core.analysis;

import dev.readiness.core.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order of importance every report lists findings in: the score points fixing a finding gains
 * ({@link FindingImpacts}) first, then its level, then report order (file and line). A short list is spread over
 * rules: at most {@value #PER_RULE} findings of one rule in the first {@value #SPREAD_OVER} listed, so one noisy rule
 * cannot fill it; the findings it held back follow, in the same order.
 */
public final class FindingPriority {

    public static final int PER_RULE = 3;
    public static final int SPREAD_OVER = 10;

    private FindingPriority() {
    }

    /** {@code findings} of {@code result}, most important first. */
    public static List<Finding> order(AnalysisResult result, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(Comparator.comparingDouble(
                (Finding finding) -> result.impacts().of(finding)).reversed()
                .thenComparing(Finding::level).thenComparing(Comparator.naturalOrder())).toList();
        List<Finding> first = new ArrayList<>();
        List<Finding> heldBack = new ArrayList<>();
        Map<String, Integer> perRule = new HashMap<>();
        for (Finding finding : sorted) {
            if (first.size() < SPREAD_OVER && perRule.getOrDefault(finding.ruleId(), 0) < PER_RULE) {
                first.add(finding);
                perRule.merge(finding.ruleId(), 1, Integer::sum);
            } else {
                heldBack.add(finding);
            }
        }
        first.addAll(heldBack);
        return first;
    }
}
