package dev.readiness.core.score;

import java.util.List;
import java.util.Optional;

/**
 * The readiness score: the weighted mean of the measurable categories (one decimal; null when none could
 * be measured), its level and every category in a fixed order. Formulas: docs/scoring.md.
 */
public record ReadinessScore(Double overall, List<CategoryScore> categories) {

    public ReadinessScore {
        categories = List.copyOf(categories);
        overall = overall == null ? null : Scores.oneDecimal(Scores.clamp(overall));
    }

    /** The overall score rounded to a whole number, as shown and as the quality gate compares it. */
    public Optional<Long> displayed() {
        return Optional.ofNullable(overall).map(Math::round);
    }

    /** Empty when nothing could be measured. */
    public Optional<ReadinessLevel> level() {
        return displayed().map(ReadinessLevel::of);
    }

    /** A category and the overall score points it costs: weight × (100 − its score) / the measured weights. */
    public record Drag(String category, double points) {
    }

    /**
     * The measured category that costs the overall score the most points (ties: the first in category order); empty
     * when nothing was measured or every category scores 100.
     */
    public Optional<Drag> biggestDrag() {
        double weights = categories.stream().filter(CategoryScore::measured).mapToDouble(CategoryScore::weight).sum();
        if (weights <= 0) {
            return Optional.empty();
        }
        Drag biggest = null;
        for (CategoryScore category : categories) {
            if (!category.measured()) {
                continue;
            }
            double points = category.weight() * (100 - category.score()) / weights;
            if (points > 0 && (biggest == null || points > biggest.points())) {
                biggest = new Drag(category.category(), Scores.oneDecimal(points));
            }
        }
        return Optional.ofNullable(biggest);
    }

    public Optional<CategoryScore> category(String id) {
        return categories.stream().filter(category -> category.category().equals(id)).findFirst();
    }
}
