package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.History;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class HotspotsTest {

    @Test
    void scoreIsRecentRevisionsTimesTenMinusHealthInTenths() {
        History history = Histories.builder().commits(3, "ann", "edit", modify("Big.java")).build();

        assertThat(Hotspots.rank(history, Map.of("Big.java", 6.2))).singleElement()
                .isEqualTo(new Hotspots.Hotspot("Big.java", 3, 6.2, 114, 1, 1))
                .extracting(Hotspots.Hotspot::points).isEqualTo(11.4);
    }

    @Test
    void onlyTheTopTenPercentWithThreeRecentRevisionsAreReported() {
        Histories builder = Histories.builder();
        Map<String, Double> health = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            String path = "F" + i + ".java";
            builder.commits(3 + i % 3, "ann", "edit", modify(path));
            health.put(path, (80 - i) / 10.0);
        }
        History history = builder.build();

        assertThat(Hotspots.top(history, health)).extracting(Hotspots.Hotspot::path, Hotspots.Hotspot::rank)
                .as("ceil(20 * 10%%) = 2 files: F17 (5 x 3.7 = 18.5) and F14 (5 x 3.4 = 17.0), not F19 (4 x 3.9 = 15.6)")
                .containsExactly(Tuple.tuple("F17.java", 1), Tuple.tuple("F14.java", 2));
    }

    @Test
    void aGreenFileIsNeverAHotspotHoweverOftenItChanges() {
        History history = Histories.builder()
                .commits(40, "ann", "edit", modify("Busy.java"))
                .commits(3, "ann", "edit", modify("Messy.java"))
                .build();
        Map<String, Double> health = Map.of("Busy.java", 9.5, "Messy.java", 4.0);

        assertThat(Hotspots.rank(history, health)).extracting(Hotspots.Hotspot::path, Hotspots.Hotspot::score)
                .containsExactly(Tuple.tuple("Busy.java", 200L), Tuple.tuple("Messy.java", 180L));
        assertThat(Hotspots.top(history, health)).isEmpty();
    }

    @Test
    void aTopFileWithFewerThanThreeRecentRevisionsIsNotAHotspot() {
        History history = Histories.builder()
                .commits(2, "ann", "edit", modify("Huge.java"))
                .commit("ann", "edit", modify("Small.java"))
                .build();

        assertThat(Hotspots.top(history, Map.of("Huge.java", 1.0, "Small.java", 8.0))).isEmpty();
    }

    @Test
    void changesBeforeTheWindowAndFilesWithoutHealthAreNotRanked() {
        History history = Histories.builder()
                .at("2019-01-01T00:00:00Z").commits(9, "ann", "old", modify("Old.java"))
                .at("2022-01-01T00:00:00Z").commits(3, "ann", "new", modify("New.java"), modify("notes.txt"))
                .build();

        assertThat(Hotspots.rank(history, Map.of("Old.java", 2.0, "New.java", 7.0)))
                .extracting(Hotspots.Hotspot::path).containsExactly("New.java");
    }
}
