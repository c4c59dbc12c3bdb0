package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.add;
import static dev.readiness.rules.history.Histories.modify;
import static dev.readiness.rules.history.Histories.rename;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.FileChange;
import dev.readiness.core.history.History;
import java.util.ArrayList;
import java.util.List;
import dev.readiness.core.history.metrics.CouplingAnalysis;
import org.junit.jupiter.api.Test;

class CouplingAnalysisTest {

    private static List<CouplingAnalysis.Pair> pairs(History history) {
        return CouplingAnalysis.coupledPairs(history, path -> true, CouplingAnalysis.Thresholds.DEFAULTS);
    }

    @Test
    void degreeIsSharedRevisionsOverMeanRevisions() {
        History history = Histories.builder()
                .commits(5, "ann", "together", modify("b/B.java"), modify("a/A.java"))
                .commits(2, "ann", "alone", modify("b/B.java"))
                .build();

        assertThat(pairs(history)).singleElement().satisfies(pair -> {
            assertThat(pair).isEqualTo(new CouplingAnalysis.Pair("a/A.java", "b/B.java", 5, 7, 5));
            assertThat(pair.degree()).isEqualTo(5 / 6.0);
            assertThat(pair.degreePercent()).isEqualTo(83);
        });
    }

    @Test
    void aPathWithALineBreakIsCountedLikeAnyOther() {
        History history = Histories.builder()
                .commits(5, "ann", "together", modify("a/Forged\nB.java"), modify("a/A.java"))
                .build();

        assertThat(pairs(history)).containsExactly(new CouplingAnalysis.Pair("a/A.java", "a/Forged\nB.java", 5, 5, 5));
    }

    @Test
    void fewerThanFiveSharedRevisionsOrALowDegreeIsNotCoupling() {
        History tooFew = Histories.builder()
                .commits(4, "ann", "together", modify("A.java"), modify("B.java"))
                .commits(3, "ann", "alone", modify("A.java"))
                .commits(3, "ann", "alone", modify("B.java"))
                .build();
        History weak = Histories.builder()
                .commits(5, "ann", "together", modify("A.java"), modify("B.java"))
                .commits(30, "ann", "alone", modify("A.java"))
                .build();

        assertThat(pairs(tooFew)).isEmpty();
        assertThat(pairs(weak)).as("degree 5 / 20 = 25%").isEmpty();
    }

    @Test
    void commitsOfMoreThanThirtyFilesAndMergesAreIgnored() {
        List<FileChange> big = new ArrayList<>(List.of(modify("A.java"), modify("B.java")));
        for (int i = 0; i < 29; i++) {
            big.add(modify("other/F" + i + ".java"));
        }
        History history = Histories.builder()
                .commits(4, "ann", "together", modify("A.java"), modify("B.java"))
                .commits(3, "ann", "reformat everything", big.toArray(FileChange[]::new))
                .build();

        assertThat(pairs(history)).as("31-file commits do not count").isEmpty();
    }

    @Test
    void renamesAreFollowedSoAMovedFileKeepsItsCoupling() {
        History history = Histories.builder()
                .commit("ann", "create", add("old/A.java"), add("B.java"))
                .commits(3, "ann", "together", modify("old/A.java"), modify("B.java"))
                .commit("ann", "move", rename("old/A.java", "now/A.java"))
                .commits(2, "ann", "together", modify("now/A.java"), modify("B.java"))
                .build();

        assertThat(pairs(history)).singleElement()
                .isEqualTo(new CouplingAnalysis.Pair("B.java", "now/A.java", 6, 7, 6));
    }

    @Test
    void onlyTheRecentWindowAndIncludedFilesCount() {
        History history = Histories.builder()
                .at("2019-01-01T00:00:00Z").commits(10, "ann", "long ago", modify("A.java"), modify("B.java"))
                .at("2022-01-01T00:00:00Z").commits(5, "ann", "now", modify("C.java"), modify("D.java"))
                .build();

        assertThat(pairs(history)).extracting(CouplingAnalysis.Pair::first).containsExactly("C.java");
        assertThat(CouplingAnalysis.coupledPairs(history, path -> !path.equals("D.java"),
                CouplingAnalysis.Thresholds.DEFAULTS)).isEmpty();
    }
}
