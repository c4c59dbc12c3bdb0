package dev.readiness.core.score;

import java.util.List;

/**
 * The score of one category, 0–100 with one decimal, or null when the category cannot be measured
 * ({@code reason} then says why); its weight in the overall score and the inputs it was computed from.
 */
public record CategoryScore(String category, Double score, String reason, double weight, List<ScoreInput> inputs) {

    public CategoryScore {
        inputs = List.copyOf(inputs);
        score = score == null ? null : Scores.oneDecimal(Scores.clamp(score));
    }

    static CategoryScore measured(String category, double score, List<ScoreInput> inputs) {
        return new CategoryScore(category, score, null, 0, inputs);
    }

    static CategoryScore notMeasured(String category, String reason, List<ScoreInput> inputs) {
        return new CategoryScore(category, null, reason, 0, inputs);
    }

    public boolean measured() {
        return score != null;
    }

    /** The score rounded to a whole number for display; -1 when not measured. */
    public long displayed() {
        return score == null ? -1 : Math.round(score);
    }

    CategoryScore withWeight(double value) {
        return new CategoryScore(category, score, reason, value, inputs);
    }
}
