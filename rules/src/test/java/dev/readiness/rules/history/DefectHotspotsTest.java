package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.History;
import org.junit.jupiter.api.Test;

class DefectHotspotsTest {

    @Test
    void aFileWithThreeFixesMakingHalfItsChangesIsADefectHotspot() {
        History history = Histories.builder()
                .commit("ann", "Fix checkout of an empty cart", modify("Fragile.java"))
                .commit("ann", "Fix rounding of the total", modify("Fragile.java"))
                .commit("ann", "Checkout shows a wrong currency", modify("Fragile.java"))
                .commits(3, "ann", "Add feature", modify("Fragile.java"))
                .commits(2, "ann", "Fix typo", modify("Busy.java"))
                .commits(9, "ann", "Work", modify("Busy.java"))
                .build();

        assertThat(DefectHotspots.find(history, path -> true)).singleElement()
                .isEqualTo(new DefectHotspots.Fragile("Fragile.java", 3, 6));
    }

    @Test
    void aFileWithManyFixesButAMinorityShareIsNot() {
        History history = Histories.builder()
                .commit("ann", "Fix bug 1", modify("A.java"))
                .commit("ann", "Fix bug 2", modify("A.java"))
                .commit("ann", "Fix bug 3", modify("A.java"))
                .commit("ann", "Fix bug 4", modify("A.java"))
                .commits(5, "ann", "Feature", modify("A.java"))
                .build();

        assertThat(DefectHotspots.find(history, path -> true)).isEmpty();
    }

    @Test
    void sweepsAreNeitherFixesNorRevisions() {
        History history = Histories.builder()
                .commit("ann", "Fix rounding of totals", modify("Totals.java"))
                .commit("ann", "Fix totals of cancelled orders", modify("Totals.java"))
                .commit("ann", "Fix the NPE on an empty order", modify("Totals.java"))
                .commits(2, "ann", "Add currencies", modify("Totals.java"))
                .commit("ann", "Fix formatting", modify("Totals.java"))
                .commit("ann", "Update license headers", modify("Totals.java"))
                .build();

        assertThat(DefectHotspots.find(history, path -> true)).as("3 fixes of 5 changes: the sweeps do not count")
                .singleElement().isEqualTo(new DefectHotspots.Fragile("Totals.java", 3, 5));
    }

    @Test
    void commitsRepeatingOneFixSubjectAreOneDefect() {
        History history = Histories.builder()
                .commit("bob", "[SHOP-12] Fix expiry of coupons (#688)", modify("Coupons.java"))
                .commit("ann", "[SHOP-12] Fix expiry of coupons", modify("Coupons.java"))
                .commit("ann", "Fix coupon stacking", modify("Coupons.java"))
                .build();

        assertThat(DefectHotspots.find(history, path -> true)).as("two defects in three commits").isEmpty();
    }
}
