package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.RemediationPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The remediation plan in words: what the terminal, the Markdown and the HTML reports say of it. */
public final class PlanText {

    /** The paths an action names before it says "and N more". */
    public static final int PATHS_SHOWN = 3;
    /** Where a step's action starts on its line, so where it works lines up under it. */
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
        return Optional.of(ScoreText.capitalised(String.join(", ", reached)));
    }

    /**
     * What the step does, for people: "Break the package cycle of 2 packages", "Refactor Engine.java into healthy code
     * (health 5.5 now)", or the title of the rule whose findings it fixes ("Unreproducible build").
     */
    public static String title(RemediationPlan.Step step, AnalysisResult result) {
        return switch (step.kind()) {
            case BREAK_CYCLE -> "Break the package cycle of " + step.subject().split(", ").length + " packages";
            case REFACTOR_FILE -> "Refactor " + fileName(step.subject()) + " into healthy code"
                    + result.codeHealth().file(step.subject()).map(file -> String.format(Locale.ROOT,
                    " (health %.1f now)", file.health())).orElse("");
            case FIX_FINDINGS -> result.rules().stream().filter(rule -> rule.id().equals(step.ruleId())).findFirst()
                    .map(RuleMetadata::title).orElse(step.ruleId());
        };
    }

    /** Where the step works: the cycle's packages, the file, or the findings' files ("2 findings in pom.xml"). */
    public static String where(RemediationPlan.Step step) {
        if (step.kind() == RemediationPlan.Kind.BREAK_CYCLE) {
            return firstOf(List.of(step.subject().split(", ")), "packages");
        }
        String files = firstOf(step.paths(), "files");
        if (step.kind() == RemediationPlan.Kind.REFACTOR_FILE) {
            return files + (step.findings().isEmpty() ? "" : "; fixes " + findings(step.findings().size()));
        }
        return findings(step.findings().size()) + " in " + files;
    }

    /** "a, b, c and 4 more files". */
    private static String firstOf(List<String> names, String what) {
        int shown = Math.min(PATHS_SHOWN, names.size());
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more " + what : "");
    }

    private static String findings(int count) {
        return count == 1 ? "1 finding" : count + " findings";
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
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

    /** What {@code readiness plan} prints: the headline, the levels reached, then each step; as shown. */
    public static List<String> lines(AnalysisResult result) {
        return rawLines(result).stream().map(ShownText::of).toList();
    }

    private static List<String> rawLines(AnalysisResult result) {
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
        for (int index = 0; index < plan.steps().size(); index++) {
            RemediationPlan.Step step = plan.steps().get(index);
            lines.add(String.format(Locale.ROOT, "  %2d  %+5.1f  %5.1f  %-10s  %-15s  %s", index + 1, step.gain(),
                    step.scoreAfter(), step.levelAfter().label(), effort(step.hours()), title(step, result)
                            + (step.ruleId() == null ? "" : " (" + step.ruleId() + ")")));
            lines.add(" ".repeat(SUMMARY_INDENT) + where(step));
        }
        lines.add("");
        lines.add("Each gain is what the score computes with the step and those above it done; efforts are rough,");
        lines.add("from the lines each fix touches (docs/scoring.md, \"Remediation plan\").");
        return lines;
    }
}
