package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ScoreInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score as the text report and {@code readiness explain} print it. */
class ScoreTextTest {

    private static final ReadinessScore SCORE = new ReadinessScore(71.6, List.of(
            new CategoryScore("architecture", 58.44, null, 20, List.of(
                    new ScoreInput("share of production code in package cycles", 0.25, "multiplies by 0.75"))),
            new CategoryScore("history", null, "no commits", 15, List.of()),
            new CategoryScore("hygiene", 100.0, null, 12.5, List.of(new ScoreInput("rate", null, "not measured")))));

    @Test
    void theSummaryShowsTheRoundedScoreItsLevelAndOneLinePerCategory() {
        assertThat(ScoreText.summary(SCORE)).containsExactly(
                "Readiness 72/100 (supervised)",
                "  architecture  58  (weight 20)",
                "  history      N/A  (no commits)",
                "  hygiene      100  (weight 12.5)",
                // 20 × (100 − 58.44) / (20 + 12.5) points of the overall score
                "Biggest drag: architecture, 25.6 points of 100 lost (58/100, weight 20)");
    }

    @Test
    void nothingDragsAScoreWhoseMeasuredCategoriesAreAllPerfect() {
        ReadinessScore perfect = new ReadinessScore(100.0, List.of(new CategoryScore("hygiene", 100.0, null, 10,
                List.of()), new CategoryScore("history", null, "no commits", 15, List.of())));

        assertThat(perfect.biggestDrag()).isEmpty();
        assertThat(ScoreText.summary(perfect)).noneMatch(line -> line.startsWith("Biggest drag"));
    }

    @Test
    void theExplanationListsEveryInputWithItsValueAndEffect() {
        assertThat(ScoreText.explanation(SCORE)).containsExactly(
                "Readiness 72/100 (supervised) - the weighted mean of the measured categories",
                "Biggest drag: architecture, 25.6 points of 100 lost (58/100, weight 20)",
                "",
                "architecture: 58/100 (exactly 58.4, weight 20)",
                "  - share of production code in package cycles = 0.25: multiplies by 0.75",
                "",
                "history: N/A - no commits; left out, the other weights are renormalised",
                "",
                "hygiene: 100/100 (exactly 100.0, weight 12.5)",
                "  - rate: not measured");
    }

    @Test
    void aScoreWithNothingMeasuredSaysSo() {
        assertThat(ScoreText.headline(new ReadinessScore(null, List.of())))
                .isEqualTo("Readiness not measured: no category could be measured");
    }
}
