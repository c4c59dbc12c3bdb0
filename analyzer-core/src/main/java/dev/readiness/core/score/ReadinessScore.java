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

    public Optional<CategoryScore> category(String id) {
        return categories.stream().filter(category -> category.category().equals(id)).findFirst();
    }
}
