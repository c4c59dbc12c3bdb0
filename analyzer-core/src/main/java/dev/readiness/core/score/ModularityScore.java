package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.metrics.CodeHealthSummary;
import java.util.List;

/** Modularity = (LoC-weighted code health − 1) / 9 × 100: health 10 scores 100, health 1 scores 0. */
final class ModularityScore {

    static final String ID = Category.MODULARITY.id();

    private ModularityScore() {
    }

    static CategoryScore of(CodeHealthSummary health) {
        if (health.weightedHealth() == null) {
            return CategoryScore.notMeasured(ID, "no production Java code", List.of());
        }
        double weighted = health.weightedHealth();
        double score = (weighted - 1) / 9 * 100;
        return CategoryScore.measured(ID, score, List.of(
                new ScoreInput("code health (LoC-weighted, 1–10)", weighted,
                        "health " + weighted + " gives (" + weighted + " − 1) / 9 × 100 = "
                                + Scores.number(score)),
                new ScoreInput("share of code in red files", health.redShare(),
                        Scores.percent(health.redShare()) + " of the production code is in files of health below 4;"
                                + " already counted in the health"),
                new ScoreInput("share of code in green files", health.greenShare(),
                        Scores.percent(health.greenShare()) + " of the production code is in files of health 9 or"
                                + " more; already counted in the health")));
    }
}
