package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What fixing one finding is worth: the overall score the scorer computes with the finding fixed, minus the score
 * it computed. Fixed means the finding is gone (the finding rates and the context checklist count it no more) and,
 * where the finding names something a measure counts, that thing is gone too: a code-health finding's biomarker
 * occurrence no longer costs its file health, a file a whole-file rule names ({@link Effort#FILE}: a hotspot, a god
 * class) becomes healthy, and the most-changed files' health follows; a package cycle's code no longer counts as
 * tangled. A checklist item
 * (the context category) passes only when all of its rule's findings are gone, so each of them is worth an equal
 * share of what fixing them all gains. Scores keep one decimal, so a change too small to move them is worth 0.
 */
public final class FindingImpact {

    static final String PACKAGE_CYCLE = "architecture/package-cycle";

    private FindingImpact() {
    }

    /** The gain of fixing each of {@code measures}' findings, in their order. */
    public static List<Double> of(ScoreMeasures measures) {
        Double base = ReadinessScorer.score(measures).overall();
        List<Double> gains = new ArrayList<>(measures.findings().size());
        // a finding that only counts in rates and checklists is worth what any other of its rule and level is
        Map<String, Double> byRuleAndLevel = new HashMap<>();
        Set<String> wholeFileRules = wholeFileRules(measures);
        for (int index = 0; index < measures.findings().size(); index++) {
            Finding finding = measures.findings().get(index);
            int at = index;
            if (namesAMeasuredThing(finding, wholeFileRules)) {
                gains.add(gain(base, fixed(measures, at)));
            } else if (finding.category().equals(Category.CONTEXT.id())) {
                gains.add(byRuleAndLevel.computeIfAbsent(finding.ruleId(), rule -> shareOfChecklistItem(base, measures,
                        rule)));
            } else {
                gains.add(byRuleAndLevel.computeIfAbsent(finding.ruleId() + "\n" + finding.level(),
                        key -> gain(base, fixed(measures, at))));
            }
        }
        return gains;
    }

    private static boolean namesAMeasuredThing(Finding finding, Set<String> wholeFileRules) {
        return namesACycle(finding) || isBiomarker(finding) || wholeFileRules.contains(finding.ruleId());
    }

    /** Whether {@code finding} reports a package cycle, so fixing it breaks the cycle. */
    static boolean namesACycle(Finding finding) {
        return finding.ruleId().equals(PACKAGE_CYCLE);
    }

    /** The rules whose fix restructures the whole file they name, so the file's health becomes healthy. */
    static Set<String> wholeFileRules(ScoreMeasures measures) {
        return measures.rules().stream().filter(rule -> rule.effort() == Effort.FILE).map(RuleMetadata::id)
                .collect(Collectors.toSet());
    }

    static boolean isBiomarker(Finding finding) {
        return finding.category().equals(Category.MODULARITY.id()) && CodeHealth.isBiomarker(biomarkerOf(finding));
    }

    private static String biomarkerOf(Finding finding) {
        return finding.ruleId().substring(finding.ruleId().indexOf('/') + 1);
    }

    /** An equal share of what fixing every finding of checklist rule {@code ruleId} gains. */
    private static double shareOfChecklistItem(Double base, ScoreMeasures measures, String ruleId) {
        List<Finding> others = measures.findings().stream().filter(finding -> !finding.ruleId().equals(ruleId)).toList();
        int fixedCount = measures.findings().size() - others.size();
        return Scores.oneDecimal(difference(base, measures.with(measures.codeHealth(), measures.architecture(), others))
                / fixedCount);
    }

    private static double gain(Double base, ScoreMeasures fixed) {
        return Scores.oneDecimal(difference(base, fixed));
    }

    /** The overall score of {@code fixed} minus {@code base}; 0 when either could not be measured. */
    private static double difference(Double base, ScoreMeasures fixed) {
        Double after = ReadinessScorer.score(fixed).overall();
        return base == null || after == null ? 0 : after - base;
    }

    /** {@code measures} with the finding at {@code index} fixed. */
    static ScoreMeasures fixed(ScoreMeasures measures, int index) {
        return fixed(measures, List.of(measures.findings().get(index)));
    }

    /** {@code measures} with {@code fixes} (some of its findings) fixed, one after the other. */
    static ScoreMeasures fixed(ScoreMeasures measures, List<Finding> fixes) {
        List<Finding> others = new ArrayList<>(measures.findings());
        CodeHealthSummary health = measures.codeHealth();
        ArchitectureMeasures architecture = measures.architecture();
        Set<String> wholeFileRules = wholeFileRules(measures);
        for (Finding finding : fixes) {
            others.remove(finding);
            String path = finding.location().path();
            if (namesACycle(finding)) {
                architecture = architecture.withoutCycleOf(path);
            } else if (isBiomarker(finding)) {
                int line = finding.location().region().startLine();
                health = health.file(path).flatMap(file -> CodeHealth.without(file, biomarkerOf(finding), line))
                        .map(health::replacing).orElse(health);
            } else if (wholeFileRules.contains(finding.ruleId())) {
                health = health.file(path).map(CodeHealth::healthy).map(health::replacing).orElse(health);
            }
        }
        return measures.with(health, architecture, others);
    }
}
