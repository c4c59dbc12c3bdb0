package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.config.Category;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.HistoryMeasures;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.RemediationPlan;
import dev.readiness.core.score.ScoreInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit's summary for people who will not read the rest, in plain words and generated from the measurements: the
 * level and what it means, the category that costs the most, the three fixes worth the most with the plan's end, and
 * what the history says. No formulas: those stay with the categories.
 */
public final class ExecutiveSummary {

    static final int FIXES_NAMED = 3;

    private ExecutiveSummary() {
    }

    /** One paragraph per point, plain text. */
    public static List<String> paragraphs(AnalysisResult result) {
        List<String> paragraphs = new ArrayList<>();
        String name = result.target() == null ? "The repository" : result.target().name();
        Optional<ReadinessLevel> level = result.score().level();
        if (level.isEmpty()) {
            paragraphs.add(name + " could not be scored: no category could be measured.");
            return paragraphs;
        }
        paragraphs.add(String.format(Locale.ROOT, "%s scores %d of 100: %s. %s", name,
                result.score().displayed().orElseThrow(), level.get().label(), level.get().meaning()));
        result.score().biggestDrag().ifPresent(drag -> paragraphs.add(String.format(Locale.ROOT,
                "%s costs the most: %.1f of the %.1f points lost.", ScoreText.capitalised(drag.category()), drag.points(),
                100 - result.score().overall())));
        fixes(result).ifPresent(paragraphs::add);
        history(result).ifPresent(paragraphs::add);
        return paragraphs;
    }

    /** "The three fixes worth the most: … The plan's 6 steps bring the score to 84 (ready), a few days of work." */
    private static Optional<String> fixes(AnalysisResult result) {
        RemediationPlan plan = result.impacts().plan();
        if (plan.steps().isEmpty()) {
            return Optional.empty();
        }
        List<RemediationPlan.Step> first = plan.steps().subList(0, Math.min(FIXES_NAMED, plan.steps().size()));
        String named = first.stream().map(step -> fix(step, result)).collect(Collectors.joining("; "));
        String opening = first.size() == 1 ? "The fix worth the most: " : "The " + (first.size() == 2 ? "two" : "three")
                + " fixes worth the most: ";
        RemediationPlan.Step last = plan.steps().get(plan.steps().size() - 1);
        return Optional.of(opening + named + ". " + String.format(Locale.ROOT, "The plan's %s bring%s the score to %d "
                        + "(%s), %s of work.", plan.steps().size() == 1 ? "one step" : plan.steps().size() + " steps",
                plan.steps().size() == 1 ? "s" : "", Math.round(last.scoreAfter()), last.levelAfter().label(),
                PlanText.effort(PlanText.totalHours(plan))));
    }

    /**
     * "refactor Engine.java into healthy code (health 5.5 now) (+12.5 points)"; a document's or a rule's fix names no
     * file, since its finding often only anchors where something is missing.
     */
    private static String fix(RemediationPlan.Step step, AnalysisResult result) {
        String where = step.kind() == RemediationPlan.Kind.FIX_FINDINGS && step.effort() != Effort.DOCUMENT
                ? " in " + (step.paths().size() == 1 ? PlanText.fileName(step.paths().get(0)) : step.paths().size()
                + " files") : "";
        return String.format(Locale.ROOT, "%s%s (+%.1f points)", lowerFirst(PlanText.title(step, result)), where,
                step.gain());
    }

    /** What the history category measured, in words; empty when it was not measured. */
    private static Optional<String> history(AnalysisResult result) {
        Optional<CategoryScore> history = result.score().category(Category.HISTORY.id());
        if (history.isEmpty() || !history.get().measured()) {
            return history.map(category -> "History was not measured: " + category.reason() + ".");
        }
        Optional<Double> truck = input(history.get(), HistoryMeasures.TRUCK_FACTOR);
        Optional<Double> hotspotHealth = input(history.get(), HistoryMeasures.HOTSPOT_HEALTH);
        List<String> parts = new ArrayList<>();
        hotspotHealth.ifPresent(health -> parts.add(String.format(Locale.ROOT,
                "the most-changed code of the recent window has code health %.1f of 10", health)));
        truck.ifPresent(factor -> parts.add(factor.intValue() <= 1
                ? "one person's departure would leave most of the code without an author who knows it"
                : String.format(Locale.ROOT, "%d people would have to leave before most of the code lost its authors",
                        factor.intValue())));
        return parts.isEmpty() ? Optional.empty() : Optional.of("History: " + String.join("; ", parts) + ".");
    }

    private static Optional<Double> input(CategoryScore category, String name) {
        return category.inputs().stream().filter(input -> input.name().equals(name)).map(ScoreInput::value)
                .filter(value -> value != null).findFirst();
    }

    /** "Package cycle: …" reads "package cycle: …" inside a sentence; an acronym ("CI builds …") stays. */
    private static String lowerFirst(String text) {
        return text.length() < 2 || Character.isUpperCase(text.charAt(1)) ? text
                : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
