package dev.readiness.rules.history;

import static dev.readiness.rules.history.Histories.modify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.History;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HotspotsTest {

    @Test
    void scoreIsRecentRevisionsTimesLinesOfCodePlusFivePerMethod() {
        assertThat(new Hotspots.Size(100, 4).complexity()).isEqualTo(120);
        History history = Histories.builder().commits(3, "ann", "edit", modify("Big.java")).build();

        assertThat(Hotspots.rank(history, Map.of("Big.java", new Hotspots.Size(100, 4)))).singleElement()
                .isEqualTo(new Hotspots.Hotspot("Big.java", 3, new Hotspots.Size(100, 4), 360, 1, 1));
    }

    @Test
    void onlyTheTopTenPercentWithThreeRecentRevisionsAreReported() {
        Histories builder = Histories.builder();
        Map<String, Hotspots.Size> sizes = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            String path = "F" + i + ".java";
            builder.commits(3 + i % 3, "ann", "edit", modify(path));
            sizes.put(path, new Hotspots.Size(10 + i, 1));
        }
        History history = builder.build();

        assertThat(Hotspots.top(history, sizes)).extracting(Hotspots.Hotspot::path, Hotspots.Hotspot::rank)
                .as("ceil(20 * 10%%) = 2 files: F17 (5 x 32 = 160) and F14 (5 x 29 = 145), not F19 (4 x 34 = 136)")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F17.java", 1),
                        org.assertj.core.groups.Tuple.tuple("F14.java", 2));
    }

    @Test
    void aTopFileWithFewerThanThreeRecentRevisionsIsNotAHotspot() {
        History history = Histories.builder()
                .commits(2, "ann", "edit", modify("Huge.java"))
                .commit("ann", "edit", modify("Small.java"))
                .build();

        assertThat(Hotspots.top(history, Map.of("Huge.java", new Hotspots.Size(5000, 100),
                "Small.java", new Hotspots.Size(10, 1)))).isEmpty();
    }

    @Test
    void changesBeforeTheWindowAndFilesWithoutSizeAreNotRanked() {
        History history = Histories.builder()
                .at("2019-01-01T00:00:00Z").commits(9, "ann", "old", modify("Old.java"))
                .at("2022-01-01T00:00:00Z").commits(3, "ann", "new", modify("New.java"), modify("notes.txt"))
                .build();

        assertThat(Hotspots.rank(history, Map.of("Old.java", new Hotspots.Size(500, 9),
                "New.java", new Hotspots.Size(50, 2)))).extracting(Hotspots.Hotspot::path).containsExactly("New.java");
    }
}
