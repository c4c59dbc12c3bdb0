package dev.readiness.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.backtest.RankingMeasures.Ranked;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measures on a ranking small enough to compute by hand, ties included. */
class RankingMeasuresTest {

    /** a ranks first; b, c and d tie; e is last. a and b got fixes (2 and 1), 100 lines in all. */
    private static final List<Ranked> FILES = List.of(
            new Ranked("e.java", 25, 0, 0),
            new Ranked("c.java", 20, 0, 1),
            new Ranked("a.java", 40, 2, 3),
            new Ranked("d.java", 10, 0, 1),
            new Ranked("b.java", 5, 1, 1));

    @Test
    void aucCountsEveryFixedOverUnfixedPairAndATieAsHalf() {
        // a beats c, d, e (3); b ties c and d (0.5 each) and beats e (1): 5 of 6 pairs
        assertThat(RankingMeasures.of(FILES).auc()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void effortAwareRecallReadsTheFirstFifthOfTheLinesAndAProportionalPartOfTheStraddlingFile() {
        // 20 of 100 lines: half of a's 40 lines, so half of a's 2 fixes, of 3 in all
        assertThat(RankingMeasures.of(FILES).effortAwareRecall()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void theEffortCurveTakesTheFixShareFoundAtEveryTwentiethOfTheLines() {
        List<Double> curve = RankingMeasures.of(FILES).effortCurve();
        assertThat(curve).hasSize(21);
        assertThat(curve.get(0)).isEqualTo(0.0);
        // 5 lines: an eighth of a's 40 lines and of its 2 fixes, of 3
        assertThat(curve.get(1)).isCloseTo(0.25 / 3, within(1e-12));
        assertThat(curve.get(4)).isEqualTo(RankingMeasures.of(FILES).effortAwareRecall());
        assertThat(curve.get(8)).isCloseTo(2.0 / 3, within(1e-12));
        // 50 lines: a, then 10 of the tie's 35 lines and as much of its 1 fix
        assertThat(curve.get(10)).isCloseTo((2 + 10.0 / 35) / 3, within(1e-12));
        assertThat(curve.get(15)).isCloseTo(1.0, within(1e-12));
        assertThat(curve.get(20)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aTieStraddlingTheFileCountCountsInProportion() {
        RankingMeasures.Share firstTwo = RankingMeasures.firstFiles(RankingMeasures.ties(FILES), 2);
        // a, then one of the three tied files: a third of their 1 fix and 35 lines
        assertThat(firstTwo.fixes()).isCloseTo(2 + 1.0 / 3, within(1e-12));
        assertThat(firstTwo.lines()).isCloseTo(40 + 35.0 / 3, within(1e-12));
    }

    @Test
    void theTopTenthOfFiveFilesIsTheFirstFileAndTheTopTenAreAllOfThem() {
        RankingMeasures.Result result = RankingMeasures.of(FILES);
        assertThat(result.topTenthFixShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.topTenthCodeShare()).isCloseTo(0.4, within(1e-12));
        assertThat(result.topTenFixShare()).isEqualTo(1.0);
        assertThat(result.topTenCodeShare()).isEqualTo(1.0);
    }

    @Test
    void theOrderOfTheInputAndOfTiedFilesChangesNothing() {
        List<Ranked> reversed = new ArrayList<>(FILES);
        Collections.reverse(reversed);
        assertThat(RankingMeasures.of(reversed)).isEqualTo(RankingMeasures.of(FILES));
    }

    @Test
    void withoutAFixedOrWithoutAnUnfixedFileThereIsNoAuc() {
        assertThat(RankingMeasures.of(List.of(new Ranked("a.java", 10, 0, 2), new Ranked("b.java", 5, 0, 1))).auc())
                .isNaN();
        assertThat(RankingMeasures.of(List.of(new Ranked("a.java", 10, 1, 2))).auc()).isNaN();
    }

    @Test
    void aPerfectRankingScoresOneAndItsReverseZero() {
        List<Ranked> perfect = List.of(new Ranked("a.java", 10, 1, 2), new Ranked("b.java", 10, 0, 1));
        List<Ranked> reversed = List.of(new Ranked("a.java", 10, 1, 1), new Ranked("b.java", 10, 0, 2));
        assertThat(RankingMeasures.of(perfect).auc()).isEqualTo(1.0);
        assertThat(RankingMeasures.of(reversed).auc()).isEqualTo(0.0);
    }
}
