package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The remediation plan: at most {@value #STEPS} actions in the order that raises the score fastest. An action is one of
 * <ul>
 *   <li>{@link Kind#REFACTOR_FILE}: make one production file healthy (its code-health findings, hotspot among them,
 *   fixed with it), whether or not a rule reported it, since its health weighs on modularity and history anyway;</li>
 *   <li>{@link Kind#BREAK_CYCLE}: break one package cycle (its package-cycle findings with it), reported or not;</li>
 *   <li>{@link Kind#FIX_FINDINGS}: fix one other rule's findings in one file, a checklist rule's everywhere, since
 *   its item passes only when all of them are gone.</li>
 * </ul>
 * Each step is the action that gains the most once the steps before it are done, as the scorer rescores it, so the
 * gains add up to the score with every step done. An action that gains nothing is left out. Each step carries a rough
 * effort in hours (docs/scoring.md, "Remediation plan").
 */
public record RemediationPlan(Double scoreBefore, List<Step> steps) {

    public static final int STEPS = 10;
    public static final RemediationPlan NONE = new RemediationPlan(null, List.of());
    /** How many of the actions worth the most on their own are weighed at each step. */
    private static final int WEIGHED = 3 * STEPS;
    /** How many of the files that cost the most health points are candidates for refactoring. */
    private static final int FILES_WEIGHED = 100;

    /** What a step does. */
    public enum Kind {
        REFACTOR_FILE, BREAK_CYCLE, FIX_FINDINGS;

        /** "refactor-file", as the JSON report writes it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One action: {@code kind} on {@code subject} (the file, the cycle's packages, or the rule {@code ruleId}'s
     * findings), changing {@code paths} and fixing {@code findings}; the overall score rises by {@code gain} to
     * {@code scoreAfter}. {@code ruleId} is the rule whose findings a {@link Kind#FIX_FINDINGS} step fixes, else the
     * rule that reports what the step removes.
     */
    public record Step(Kind kind, String ruleId, String subject, List<String> paths, List<Finding> findings, double gain,
                       double scoreAfter, Effort effort, double hours) {

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

    /** A candidate action and how it changes the measures. */
    private record Action(Kind kind, String ruleId, String subject, List<String> paths, List<Finding> findings,
                          Effort effort, double hours) {

        ScoreMeasures applyTo(ScoreMeasures measures) {
            ScoreMeasures fixed = FindingImpact.fixed(measures, findings);
            return switch (kind) {
                case REFACTOR_FILE -> fixed.codeHealth().file(subject).map(CodeHealth::healthy)
                        .map(healthy -> fixed.with(fixed.codeHealth().replacing(healthy), fixed.architecture(),
                                fixed.findings())).orElse(fixed);
                case BREAK_CYCLE -> fixed.with(fixed.codeHealth(), fixed.architecture().withoutCycleOf(paths.get(0)),
                        fixed.findings());
                case FIX_FINDINGS -> fixed;
            };
        }
    }

    /** The plan for {@code measures}; {@link #NONE} when the score could not be measured. */
    public static RemediationPlan of(ScoreMeasures measures) {
        Double before = ReadinessScorer.score(measures).overall();
        if (before == null) {
            return NONE;
        }
        List<Action> candidates = strongestAlone(measures, before, actions(measures));
        List<Step> steps = new ArrayList<>();
        ScoreMeasures current = measures;
        double score = before;
        while (steps.size() < STEPS && !candidates.isEmpty()) {
            Optional<Tried> tried = bestOf(candidates, current);
            if (tried.isEmpty() || tried.get().score() <= score) {
                break;
            }
            Action best = tried.get().action();
            double bestScore = tried.get().score();
            candidates.remove(best);
            steps.add(new Step(best.kind(), best.ruleId(), best.subject(), best.paths(), best.findings(),
                    Scores.oneDecimal(bestScore - score), bestScore, best.effort(), best.hours()));
            current = tried.get().measures();
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

    /** Every candidate action, in a fixed order: cycles, then files, then the other findings in report order. */
    private static List<Action> actions(ScoreMeasures measures) {
        Map<String, RuleMetadata> rules = measures.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (first, second) -> first));
        List<Finding> findings = measures.findings().stream().sorted().toList();
        Set<Finding> taken = new HashSet<>();
        List<Action> actions = new ArrayList<>();
        for (ArchitectureMeasures.CycleCode cycle : measures.architecture().cycles()) {
            List<Finding> reported = findings.stream().filter(FindingImpact::namesACycle)
                    .filter(finding -> cycle.paths().contains(finding.location().path())).toList();
            taken.addAll(reported);
            actions.add(new Action(Kind.BREAK_CYCLE, FindingImpact.PACKAGE_CYCLE, String.join(", ",
                    new TreeSet<>(cycle.packages())), List.copyOf(new TreeSet<>(cycle.paths())), reported, Effort.DESIGN,
                    RemediationEffort.cycleHours(cycle.packages().size())));
        }
        Set<String> wholeFileRules = FindingImpact.wholeFileRules(measures);
        for (FileHealth file : costliest(measures.codeHealth())) {
            List<Finding> reported = findings.stream().filter(finding -> finding.location().path().equals(file.path()))
                    .filter(finding -> FindingImpact.isBiomarker(finding) || wholeFileRules.contains(finding.ruleId()))
                    .toList();
            taken.addAll(reported);
            actions.add(new Action(Kind.REFACTOR_FILE, reported.isEmpty() ? null : reported.get(0).ruleId(),
                    file.path(), List.of(file.path()), reported, Effort.FILE,
                    RemediationEffort.fileHours(file.linesOfCode())));
        }
        Map<String, List<Finding>> byAction = new LinkedHashMap<>();
        findings.stream().filter(finding -> !taken.contains(finding)).forEach(finding -> byAction.computeIfAbsent(
                finding.category().equals(Category.CONTEXT.id()) ? finding.ruleId()
                        : finding.ruleId() + "\n" + finding.location().path(), key -> new ArrayList<>()).add(finding));
        for (List<Finding> group : byAction.values()) {
            String ruleId = group.get(0).ruleId();
            Effort effort = Optional.ofNullable(rules.get(ruleId)).map(RuleMetadata::effort).orElse(Effort.LINES);
            List<String> paths = List.copyOf(group.stream().map(finding -> finding.location().path())
                    .collect(Collectors.toCollection(TreeSet::new)));
            actions.add(new Action(Kind.FIX_FINDINGS, ruleId, ruleId, paths, group, effort,
                    RemediationEffort.hours(effort, group, measures.codeHealth())));
        }
        return actions;
    }

    /** The {@value #FILES_WEIGHED} files whose health costs the most lines × points, the most-changed ones among them. */
    private static List<FileHealth> costliest(CodeHealthSummary health) {
        return health.files().stream().filter(file -> !file.biomarkers().isEmpty())
                .sorted(Comparator.comparingDouble((FileHealth file) -> (10 - file.health()) * file.linesOfCode())
                        .reversed().thenComparing(FileHealth::path))
                .limit(FILES_WEIGHED).toList();
    }

    /** An action done on some measures, with the measures and overall score it leads to. */
    private record Tried(Action action, ScoreMeasures measures, double score) {
    }

    private static Tried tried(Action action, ScoreMeasures measures) {
        ScoreMeasures fixed = action.applyTo(measures);
        return new Tried(action, fixed, ReadinessScorer.score(fixed).overall());
    }

    /**
     * The candidate whose doing scores highest, the first of them on a tie; tried in parallel (each try rescores the
     * repository), chosen as a sequential loop would.
     */
    private static Optional<Tried> bestOf(List<Action> candidates, ScoreMeasures current) {
        return candidates.parallelStream().map(action -> tried(action, current))
                .reduce((first, second) -> second.score() > first.score() ? second : first);
    }

    /** The {@value #WEIGHED} actions that gain the most on their own (ties: candidate order); none that gains nothing. */
    private static List<Action> strongestAlone(ScoreMeasures measures, double before, List<Action> actions) {
        Map<Action, Double> alone = new LinkedHashMap<>();
        List<Tried> each = actions.parallelStream().map(action -> tried(action, measures)).toList();
        for (Tried tried : each) {
            double gain = tried.score() - before;
            if (gain > 0) {
                alone.put(tried.action(), gain);
            }
        }
        return alone.entrySet().stream()
                .sorted(Map.Entry.<Action, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(WEIGHED).map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
    }
}
