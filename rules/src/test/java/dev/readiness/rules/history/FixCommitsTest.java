package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.History;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixCommitsTest {

    private static boolean isFix(String message) {
        return FixCommits.isFix(new Commit("1", "a", "a@x", Instant.EPOCH, message, 1, List.of()));
    }

    @Test
    void recognisesFixWordsAndIssueReferencesInTheSubjectOnly() {
        assertThat(isFix("Fix rounding")).isTrue();
        assertThat(isFix("fixes the crash on startup")).isTrue();
        assertThat(isFix("fixes the build")).as("a broken build is not a defect of the file").isFalse();
        assertThat(isFix("Hotfix for checkout")).isTrue();
        assertThat(isFix("Patched the parser")).isTrue();
        assertThat(isFix("Regression in totals")).isTrue();
        assertThat(isFix("Closes #123")).isTrue();
        assertThat(isFix("Resolves LANG-1828")).isTrue();
        assertThat(isFix("[LANG-1828] Fix OOM in StringUtils.leftPad (#1736).")).isTrue();
        assertThat(isFix("Keep chop from splitting a trailing surrogate pair (#1770)")).as("a PR number alone")
                .isFalse();
        assertThat(isFix("Fix typos in Javadoc and example comments (#1774)")).isFalse();
        assertThat(isFix("Fix two Javadoc errors in StringUtils (#1763)")).isFalse();
        assertThat(isFix("fix checkstyle warnings")).isFalse();
        assertThat(isFix("Add prefix handling")).isFalse();
        assertThat(isFix("Debugging output")).isFalse();
        assertThat(isFix("Use color &#123; escapes")).isFalse();
        assertThat(isFix("Add coupons\n\nThis fixes a bug too")).isFalse();
    }

    @Test
    void aFileWithThreeFixesMakingHalfItsChangesIsADefectHotspot() {
        History history = Histories.builder()
                .commits(3, "ann", "Fix checkout", modify("Fragile.java"))
                .commits(3, "ann", "Add feature", modify("Fragile.java"))
                .commits(2, "ann", "Fix typo", modify("Busy.java"))
                .commits(9, "ann", "Work", modify("Busy.java"))
                .build();

        assertThat(FixCommits.defectHotspots(history, path -> true)).singleElement()
                .isEqualTo(new FixCommits.DefectHotspot("Fragile.java", 3, 6));
    }

    @Test
    void aFileWithManyFixesButAMinorityShareIsNot() {
        History history = Histories.builder()
                .commits(4, "ann", "Fix bug", modify("A.java"))
                .commits(5, "ann", "Feature", modify("A.java"))
                .build();

        assertThat(FixCommits.defectHotspots(history, path -> true)).isEmpty();
    }
}
