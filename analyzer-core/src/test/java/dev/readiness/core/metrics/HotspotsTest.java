package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hotspot definition on real Git histories built with JGit; sizes and health values are given per file. */
class HotspotsTest {

    @TempDir
    Path repository;

    @Test
    void onlyTheMostChangedQuarterRoundedUpCanBeHotspotsRankedByRisk() throws Exception {
        History history = history(Map.of("A.java", 7, "B.java", 6, "C.java", 5, "D.java", 4),
                "E.java", "F.java", "G.java", "H.java", "I.java");
        List<FileHealth> files = history.files().keySet().stream().map(path -> new FileHealth(path,
                Map.of("B.java", 1000, "D.java", 5000).getOrDefault(path, 100), 9.5, HealthBand.GREEN, List.of()))
                .toList();

        Hotspots hotspots = Hotspots.of(files, history::recentRevisions);

        assertThat(hotspots.changedFiles()).isEqualTo(9);
        assertThat(hotspots.mostChanged()).as("ceil(9 / 4) = 3 files, most changes first")
                .extracting(FileHealth::path).containsExactly("A.java", "B.java", "C.java");
        assertThat(hotspots.all()).as("D (5,000 lines) would top a ranking of all files, but is 4th by changes; "
                        + "B's 1,000 lines outweigh A's one change more")
                .extracting(Hotspots.ChangedFile::path, Hotspots.ChangedFile::risk)
                .containsExactly(Tuple.tuple("B.java", FileRisk.of(1000, 6)), Tuple.tuple("A.java", FileRisk.of(100, 7)),
                        Tuple.tuple("C.java", FileRisk.of(100, 5)));
    }

    @Test
    void tiesAreBrokenByPathAtTheCutAndInTheRanking() throws Exception {
        History history = history(Map.of("D.java", 3, "B.java", 3, "C.java", 3, "A.java", 3),
                "E.java", "F.java", "G.java", "H.java");

        Hotspots hotspots = Hotspots.of(files(Map.of(), history), history::recentRevisions);

        assertThat(hotspots.mostChanged()).extracting(FileHealth::path).containsExactly("A.java", "B.java");
        assertThat(hotspots.all()).extracting(Hotspots.ChangedFile::path).containsExactly("A.java", "B.java");
    }

    @Test
    void aGreenFileThatKeepsChangingIsAHotspotToo() throws Exception {
        History history = history(Map.of("Busy.java", 10, "Messy.java", 5), "A.java", "B.java", "C.java", "D.java",
                "E.java", "F.java");

        Hotspots hotspots = Hotspots.of(files(Map.of("Busy.java", 9.0, "Messy.java", 8.9), history),
                history::recentRevisions);

        assertThat(hotspots.mostChanged()).extracting(FileHealth::path).containsExactly("Busy.java", "Messy.java");
        assertThat(hotspots.all()).extracting(Hotspots.ChangedFile::path).containsExactly("Busy.java", "Messy.java");
    }

    @Test
    void aMostChangedFileWithFewerThanThreeRecentChangesIsNotAHotspot() throws Exception {
        History history = history(Map.of("Huge.java", 2), "A.java", "B.java", "C.java");

        Hotspots hotspots = Hotspots.of(files(Map.of("Huge.java", 1.0), history), history::recentRevisions);

        assertThat(hotspots.mostChanged()).extracting(FileHealth::path).containsExactly("Huge.java");
        assertThat(hotspots.all()).isEmpty();
    }

    @Test
    void atMostTenAreReportedOfAllTheHotspots() throws Exception {
        List<String> hot = IntStream.range(0, 11).mapToObj(i -> String.format(Locale.ROOT, "H%02d.java", i)).toList();
        History history = history(hot.stream().collect(Collectors.toMap(Function.identity(), path -> 3)),
                IntStream.range(0, 33).mapToObj(i -> "Once" + i + ".java").toArray(String[]::new));

        Hotspots hotspots = Hotspots.of(files(Map.of(), history), history::recentRevisions);

        assertThat(hotspots.all()).as("ceil(44 / 4) = 11").extracting(Hotspots.ChangedFile::path).isEqualTo(hot);
        assertThat(hotspots.reported()).extracting(Hotspots.ChangedFile::path).isEqualTo(hot.subList(0, 10));
    }

    @Test
    void onlyChangesInTheRecentWindowCount() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            commit(git, List.of("Old.java", "New.java"), 1, "2019-01-01T00:00:00Z");
            commit(git, List.of("Old.java"), 2, "2019-02-01T00:00:00Z");
            commit(git, List.of("Old.java"), 3, "2019-03-01T00:00:00Z");
            commit(git, List.of("New.java"), 4, "2021-01-01T00:00:00Z");
        }
        History history = read();

        Hotspots hotspots = Hotspots.of(files(Map.of(), history), history::recentRevisions);

        assertThat(hotspots.changedFiles()).isEqualTo(1);
        assertThat(hotspots.mostChanged()).extracting(FileHealth::path).containsExactly("New.java");
    }

    @Test
    void byRiskRanksEveryChangedFileBySizeAndChangesThenPathAndLeavesHealthOut() {
        List<FileHealth> files = List.of(health("Calm.java", 9.5, 100), health("Busy.java", 9.0, 100),
                health("Big.java", 9.9, 2000), health("Same.java", 2.0, 100), health("Also.java", 9.0, 100),
                health("Unchanged.java", 1.0, 3000));
        Map<String, Integer> changes = Map.of("Calm.java", 40, "Busy.java", 20, "Big.java", 1, "Same.java", 1,
                "Also.java", 1);

        // log-odds: Big -0.149, Calm -0.498, Busy -0.925, then Also and Same -2.425 (tied: path order)
        assertThat(Hotspots.byRisk(files, path -> changes.getOrDefault(path, 0)))
                .extracting(Hotspots.ChangedFile::path)
                .containsExactly("Big.java", "Calm.java", "Busy.java", "Also.java", "Same.java");
    }

    /**
     * A repository where each of {@code changes}' files changes that many times and each of {@code once} once: the
     * first commit adds every file, the n-th commit changes the files with at least n changes.
     */
    private History history(Map<String, Integer> changes, String... once) throws Exception {
        Map<String, Integer> all = new TreeMap<>(changes);
        Stream.of(once).forEach(path -> all.put(path, 1));
        int rounds = all.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        try (Git git = TestRepos.init(repository)) {
            IntStream.rangeClosed(1, rounds).forEach(round -> TestRepos.commitFiles(git, all.entrySet().stream()
                    .filter(file -> file.getValue() >= round)
                    .collect(Collectors.toMap(Map.Entry::getKey, file -> source(file.getKey(), round))), "round " + round));
        }
        return read();
    }

    private static void commit(Git git, List<String> paths, int version, String when) {
        TestRepos.commitFiles(git, paths.stream().collect(Collectors.toMap(Function.identity(),
                path -> source(path, version))), "version " + version, TestRepos.ident("Ann", "ann@example.com",
                when));
    }

    private History read() throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            return new HistoryReader(git.getRepository(), "", HistoryOptions.defaults(1)).read();
        }
    }

    private static String source(String path, int version) {
        return "class " + path.replace(".java", "") + " { int version = " + version + "; }\n";
    }

    /** Every file of the history with the health given, 5.0 (yellow) when none is given. */
    private static List<FileHealth> files(Map<String, Double> health, History history) {
        Collection<String> paths = history.files().keySet();
        return paths.stream().map(path -> health(path, health.getOrDefault(path, 5.0))).toList();
    }

    private static FileHealth health(String path, double health) {
        return health(path, health, 100);
    }

    private static FileHealth health(String path, double health, int linesOfCode) {
        return new FileHealth(path, linesOfCode, health, HealthBand.of(health), List.of());
    }
}
