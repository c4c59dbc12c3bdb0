package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The remediation plan: at most {@value #STEPS} actions, each the fix of one rule's findings in one file (a
 * checklist rule's everywhere, since its item passes only when all of them are gone), in the order that raises the
 * score fastest. Each step is the action whose fix gains the most once the steps before it are done, as the scorer
 * rescores it ({@link FindingImpact#fixed}), so the gains add up to the score with every step done. An action that
 * gains nothing is left out. Each step carries a rough effort in hours from its rule's {@link Effort} and the code
 * it covers (docs/scoring.md, "Remediation plan").
 */
public record RemediationPlan(Double scoreBefore, List<Step> steps) {

    public static final int STEPS = 10;
    public static final RemediationPlan NONE = new RemediationPlan(null, List.of());
    /** How many of the actions worth the most on their own are weighed at each step. */
    private static final int WEIGHED = 3 * STEPS;

    /**
     * One action: fix {@code findings} (of rule {@code ruleId}, in {@code paths}); the overall score rises by
     * {@code gain} to {@code scoreAfter}.
     */
    public record Step(String ruleId, List<String> paths, List<Finding> findings, double gain, double scoreAfter,
                       Effort effort, double hours) {

        public Step {
            paths = List.copyOf(paths);
            findings = List.copyOf(findings);
        }

        /** The level the repository reaches once this step and those before it are done. */
        public ReadinessLevel levelAfter() {
            return ReadinessLevel.of(Math.round(scoreAfter));
        }
    }

    public RemediationPlan {
        steps = List.copyOf(steps);
    }

    /** The plan for {@code measures}; {@link #NONE} when the score could not be measured. */
    public static RemediationPlan of(ScoreMeasures measures) {
        Double before = ReadinessScorer.score(measures).overall();
        if (before == null) {
            return NONE;
        }
        Map<String, RuleMetadata> rules = measures.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (first, second) -> first));
        List<List<Finding>> candidates = strongestAlone(measures, before, actions(measures.findings()));
        List<Step> steps = new ArrayList<>();
        ScoreMeasures current = measures;
        double score = before;
        while (steps.size() < STEPS && !candidates.isEmpty()) {
            List<Finding> best = null;
            ScoreMeasures bestMeasures = null;
            double bestScore = score;
            for (List<Finding> action : candidates) {
                ScoreMeasures fixed = FindingImpact.fixed(current, action);
                double after = ReadinessScorer.score(fixed).overall();
                if (after > bestScore) {
                    best = action;
                    bestMeasures = fixed;
                    bestScore = after;
                }
            }
            if (best == null) {
                break;
            }
            candidates.remove(best);
            steps.add(step(best, rules, measures, bestScore - score, bestScore));
            current = bestMeasures;
            score = bestScore;
        }
        return new RemediationPlan(before, steps);
    }

    /** The overall score once every step is done; the score before when there is no step. */
    public Optional<Double> scoreAfter() {
        return steps.isEmpty() ? Optional.ofNullable(scoreBefore)
                : Optional.of(steps.get(steps.size() - 1).scoreAfter());
    }

    /** How many steps reach {@code level} ("fix these 4 to reach ready"); empty when the plan does not reach it. */
    public OptionalInt stepsToReach(ReadinessLevel level) {
        for (int index = 0; index < steps.size(); index++) {
            if (steps.get(index).levelAfter().compareTo(level) >= 0) {
                return OptionalInt.of(index + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The findings grouped into actions: a checklist rule's all together, any other rule's by file; report order. */
    private static List<List<Finding>> actions(List<Finding> findings) {
        Map<String, List<Finding>> byAction = new LinkedHashMap<>();
        findings.stream().sorted().forEach(finding -> byAction.computeIfAbsent(
                finding.category().equals(Category.CONTEXT.id()) ? finding.ruleId()
                        : finding.ruleId() + "\n" + finding.location().path(),
                key -> new ArrayList<>()).add(finding));
        return new ArrayList<>(byAction.values());
    }

    /** The {@value #WEIGHED} actions that gain the most on their own (ties: report order); none that gains nothing. */
    private static List<List<Finding>> strongestAlone(ScoreMeasures measures, double before,
                                                      List<List<Finding>> actions) {
        Map<List<Finding>, Double> alone = new LinkedHashMap<>();
        for (List<Finding> action : actions) {
            double gain = ReadinessScorer.score(FindingImpact.fixed(measures, action)).overall() - before;
            if (gain > 0) {
                alone.put(action, gain);
            }
        }
        return alone.entrySet().stream()
                .sorted(Map.Entry.<List<Finding>, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(WEIGHED).map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Step step(List<Finding> action, Map<String, RuleMetadata> rules, ScoreMeasures measures,
                             double gain, double scoreAfter) {
        String ruleId = action.get(0).ruleId();
        Effort effort = Optional.ofNullable(rules.get(ruleId)).map(RuleMetadata::effort).orElse(Effort.LINES);
        List<String> paths = List.copyOf(action.stream().map(finding -> finding.location().path())
                .collect(Collectors.toCollection(TreeSet::new)));
        return new Step(ruleId, paths, action, Scores.oneDecimal(gain), scoreAfter, effort,
                RemediationEffort.hours(effort, action, measures.codeHealth()));
    }
}
