package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.rule.MeasuredPrecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the readiness score: each category from its measures, then the weighted mean of the measurable
 * ones (categories that cannot be measured are left out and the weights renormalised, as OpenSSF Scorecard
 * does with inconclusive checks).
 */
public final class ReadinessScorer {

    private ReadinessScorer() {
    }

    public static ReadinessScore score(ScoreMeasures measures) {
        List<CategoryScore> categories = new ArrayList<>();
        double weighted = 0;
        double totalWeight = 0;
        for (Category category : Category.values()) {
            double weight = Math.max(0, category.weight(measures.weights()));
            CategoryScore score = categoryScore(category, measures);
            score = (readsFindings(category) ? withUnscoredRules(score, measures) : score).withWeight(weight);
            categories.add(score);
            if (score.measured()) {
                weighted += weight * score.score();
                totalWeight += weight;
            }
        }
        return new ReadinessScore(totalWeight == 0 ? null : weighted / totalWeight, categories);
    }

    /** Modularity and history are computed from the models alone; the other categories weigh findings. */
    private static boolean readsFindings(Category category) {
        return category != Category.MODULARITY && category != Category.HISTORY;
    }

    /** Says which of the category's rules were left out (off by default, or notes) for being below the precision bar. */
    private static CategoryScore withUnscoredRules(CategoryScore score, ScoreMeasures measures) {
        List<String> unscored = measures.unscoredRulesOf(score.category());
        if (unscored.isEmpty()) {
            return score;
        }
        List<ScoreInput> inputs = new ArrayList<>(score.inputs());
        inputs.add(new ScoreInput("rules below the precision bar", (double) unscored.size(), "off by default and left "
                + "out of the score, each correct in less than " + MeasuredPrecision.BAR_PERCENT + " % of the findings read "
                + "on public repositories: " + String.join(", ", unscored)));
        return new CategoryScore(score.category(), score.score(), score.reason(), score.weight(), inputs);
    }

    static CategoryScore categoryScore(Category category, ScoreMeasures measures) {
        return switch (category) {
            case ARCHITECTURE -> ArchitectureScore.of(measures);
            case MODULARITY -> ModularityScore.of(measures.codeHealth());
            case TESTING -> TestingScore.of(measures);
            case HISTORY -> HistoryScore.of(measures.history());
            case CONTEXT -> ChecklistScore.of(category.id(), measures);
            case HYGIENE -> HygieneScore.of(category.id(), measures);
        };
    }
}
