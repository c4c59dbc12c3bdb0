package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.RemediationPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The remediation plan in words: what the terminal, the Markdown and the HTML reports say of it. */
public final class PlanText {

    /** The paths an action names before it says "and N more". */
    public static final int PATHS_SHOWN = 3;
    /** Where a step's action starts on its line, so the rule's summary lines up under it. */
    private static final int SUMMARY_INDENT = 49;

    private PlanText() {
    }

    /** "78.0 → 84.0 (ready) in 3 steps, a few days of work"; empty without steps. */
    public static Optional<String> headline(RemediationPlan plan) {
        if (plan.steps().isEmpty()) {
            return Optional.empty();
        }
        RemediationPlan.Step last = plan.steps().get(plan.steps().size() - 1);
        return Optional.of(String.format(Locale.ROOT, "%.1f → %.1f (%s) in %s, %s of work", plan.scoreBefore(),
                last.scoreAfter(), last.levelAfter().label(), steps(plan.steps().size()), effort(totalHours(plan))));
    }

    /** "The first 2 steps reach supervised, the first 4 reach ready"; empty when no step raises the level. */
    public static Optional<String> levelsReached(RemediationPlan plan) {
        if (plan.scoreBefore() == null) {
            return Optional.empty();
        }
        ReadinessLevel now = ReadinessLevel.of(Math.round(plan.scoreBefore()));
        List<String> reached = new ArrayList<>();
        Arrays.stream(ReadinessLevel.values()).filter(level -> level.compareTo(now) > 0).forEach(level -> {
            OptionalInt count = plan.stepsToReach(level);
            if (count.isPresent()) {
                reached.add((count.getAsInt() == 1 ? "the first step" : "the first " + count.getAsInt() + " steps")
                        + " reach" + (count.getAsInt() == 1 ? "es " : " ") + level.label());
            }
        });
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        String sentence = String.join(", ", reached);
        return Optional.of(sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1));
    }

    /** "context/unreproducible-build: 2 findings in pom.xml, a/b.xml": the rule and where its fix goes. */
    public static String action(RemediationPlan.Step step) {
        int shown = Math.min(PATHS_SHOWN, step.paths().size());
        String where = String.join(", ", step.paths().subList(0, shown))
                + (step.paths().size() > shown ? " and " + (step.paths().size() - shown) + " more files" : "");
        return step.ruleId() + ": " + (step.findings().size() == 1 ? "1 finding" : step.findings().size() + " findings")
                + " in " + where;
    }

    /** Rough words for a number of hours: "an hour or less", "a few hours", "about a day", "a few days", "weeks". */
    public static String effort(double hours) {
        if (hours <= 1) {
            return "an hour or less";
        }
        if (hours <= 4) {
            return "a few hours";
        }
        if (hours <= 8) {
            return "about a day";
        }
        return hours <= 40 ? "a few days" : "weeks";
    }

    static double totalHours(RemediationPlan plan) {
        return plan.steps().stream().mapToDouble(RemediationPlan.Step::hours).sum();
    }

    private static String steps(int count) {
        return count == 1 ? "1 step" : count + " steps";
    }

    /** What {@code readiness plan} prints: the headline, the levels reached, then each step. */
    public static List<String> lines(AnalysisResult result) {
        RemediationPlan plan = result.impacts().plan();
        List<String> lines = new ArrayList<>();
        lines.add(ScoreText.headline(result.score()));
        if (plan.steps().isEmpty()) {
            lines.add(result.score().overall() == null ? "No plan: the score could not be measured."
                    : "No plan: fixing no single finding raises the score.");
            return lines;
        }
        lines.add("Remediation plan: " + headline(plan).orElseThrow());
        levelsReached(plan).ifPresent(sentence -> lines.add(sentence + "."));
        lines.add("");
        lines.add("   #   gain  score  level       effort           action");
        Map<String, RuleMetadata> rules = result.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (first, second) -> first));
        for (int index = 0; index < plan.steps().size(); index++) {
            RemediationPlan.Step step = plan.steps().get(index);
            lines.add(String.format(Locale.ROOT, "  %2d  %+5.1f  %5.1f  %-10s  %-15s  %s", index + 1, step.gain(),
                    step.scoreAfter(), step.levelAfter().label(), effort(step.hours()), action(step)));
            Optional.ofNullable(rules.get(step.ruleId())).map(RuleMetadata::shortDescription)
                    .ifPresent(summary -> lines.add(" ".repeat(SUMMARY_INDENT) + summary));
        }
        lines.add("");
        lines.add("Each gain is what the score computes with the step and those above it done; efforts are rough,");
        lines.add("from the lines each fix touches (docs/scoring.md, \"Remediation plan\").");
        return lines;
    }
}
