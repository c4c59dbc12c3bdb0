package dev.readiness.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backtest over a history planted by hand: four production files ranked at T0 (A changed three times before it,
 * B, C and D once; A 40 lines, C 20, D 10, B 5), then fixes to A and to B after B was renamed, a change, a typo
 * fix, a test fix, and a fix after the window.
 */
class BacktestTest {

    private static final String MAIN = "src/main/java/p/";

    @TempDir
    Path temp;

    private Path repository;

    private RevCommit t0;
    private RevCommit lastInWindow;

    @BeforeEach
    void plantHistory() {
        repository = temp.resolve("repo");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 40), MAIN + "B.java", javaClass("B", 5),
                    MAIN + "C.java", javaClass("C", 20), MAIN + "D.java", wideMethodClass("D", 10)), "Initial classes",
                    at("2024-01-10"));
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 40) + "// step 1\n"), "Extend A",
                    at("2024-02-01"));
            t0 = TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 40) + "// step 2\n"),
                    "Extend A again", at("2024-03-01"));
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 40) + "// step 3\n"),
                    "Fix NPE in A when the input is empty", at("2024-07-05"));
            TestRepos.renameFile(git, MAIN + "B.java", "src/main/java/q/Bee.java", "Move B to package q",
                    at("2024-07-10"));
            TestRepos.commitFiles(git, Map.of("src/main/java/q/Bee.java", javaClass("B", 5) + "// guarded\n"),
                    "Fix overflow in Bee (#42)", at("2024-08-01"));
            TestRepos.commitFiles(git, Map.of(MAIN + "C.java", javaClass("C", 20) + "// cached\n"), "Add caching to C",
                    at("2024-09-01"));
            TestRepos.commitFiles(git, Map.of(MAIN + "D.java", wideMethodClass("D", 10) + "// spelling\n"),
                    "Fix typo in comments", at("2024-10-01"));
            lastInWindow = TestRepos.commitFiles(git, Map.of("src/test/java/p/ATest.java", javaClass("ATest", 3)),
                    "Fix wrong expected value (gh-12)", at("2024-11-01"));
            TestRepos.commitFiles(git, Map.of(MAIN + "D.java", wideMethodClass("D", 10) + "// crash\n"), "Fix crash in D",
                    at("2025-06-01"));
        }
    }

    @Test
    void countsTheWindowsFixesPerFileAsNamedAtT0AndMeasuresEachRanking() throws Exception {
        BacktestResult result = backtest("2024-06-30", null);

        assertThat(result.t0Commit()).isEqualTo(t0.name());
        assertThat(result.endCommit()).isEqualTo(lastInWindow.name());
        assertThat(result.windowCommits()).isEqualTo(6);
        // A's fix, Bee's fix, the test fix; not the typo, not the change, not the fix after the window
        assertThat(result.fixCommits()).isEqualTo(3);
        assertThat(result.files()).isEqualTo(4);
        // A and B (as Bee): the rename is followed, the test file is not ranked
        assertThat(result.filesWithFixes()).isEqualTo(2);
        assertThat(result.fixTouches()).isEqualTo(2);
        // changes: A (3) beats C and D, B ties them (1 each): (1 + 1 + 0.5 + 0.5) / 4
        assertThat(ranking(result, "changes").auc()).isCloseTo(0.75, within(1e-9));
        // size: A beats C and D, B (5 lines) loses to both: 2 / 4
        assertThat(ranking(result, "size").auc()).isCloseTo(0.5, within(1e-9));
        assertThat(result.fileRows()).extracting(BacktestResult.FileRow::path, BacktestResult.FileRow::fixes)
                .containsExactly(tuple(MAIN + "A.java", 1), tuple(MAIN + "B.java", 1), tuple(MAIN + "C.java", 0),
                        tuple(MAIN + "D.java", 0));
        assertThat(result.fileRows().get(3).biomarkers()).containsExactly("too-many-parameters");
        assertThat(result.fileRows().get(2).biomarkers()).isEmpty();
        BacktestResult.FileRow a = result.fileRows().get(0);
        assertThat(a.recentChanges()).isEqualTo(3);
        assertThat(a.linesOfCode()).isGreaterThan(result.fileRows().get(2).linesOfCode());
        assertThat(result.judged()).isFalse();
        assertThat(String.join("\n", BacktestText.lines(result)))
                .contains("Not enough history to judge: fixes touched 2 files, fewer than 20.");
    }

    @Test
    void aFixMadeOnAMaintenanceBranchCountsWhenItsMergeReachesTheMainLine() throws Exception {
        Path forward = temp.resolve("forward-merges");
        try (Git git = TestRepos.init(forward)) {
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 5), MAIN + "B.java", javaClass("B", 30)),
                    "Initial classes", at("2024-01-10"));
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 5) + "// more\n"), "Extend A",
                    at("2024-03-01"));
            git.branchCreate().setName("maintenance").call();
            git.checkout().setName("maintenance").call();
            TestRepos.commitFiles(git, Map.of(MAIN + "B.java", javaClass("B", 30) + "// closed\n"),
                    "Fix leak of B's streams", at("2024-04-01"));
            git.checkout().setName(TestRepos.BRANCH).call();
            TestRepos.commitFiles(git, Map.of(MAIN + "A.java", javaClass("A", 5) + "// feature\n"), "Add a feature",
                    at("2024-04-02"));
            git.merge().include(git.getRepository().resolve("maintenance")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false).call();
            git.commit().setMessage("Merge branch 'maintenance'").setAuthor(at("2024-04-05"))
                    .setCommitter(at("2024-04-05")).setSign(false).call();
        }

        BacktestResult result = backtestOf(forward, "2024-03-01", null);

        assertThat(result.windowCommits()).isEqualTo(2); // the main line: the feature and the merge
        assertThat(result.fixCommits()).isEqualTo(1);
        assertThat(result.filesWithFixes()).isEqualTo(1);
        // the fixed file is B: the larger one, changed less often than A before T0
        assertThat(ranking(result, "size").auc()).isEqualTo(1.0);
        assertThat(ranking(result, "changes").auc()).isEqualTo(0.0);
    }

    @Test
    void aCustomFixPatternDecidesWhatAFixIs() throws Exception {
        BacktestResult result = backtest("2024-06-30", Pattern.compile("(?i)caching"));

        assertThat(result.fixCommits()).isEqualTo(1);
        assertThat(result.filesWithFixes()).isEqualTo(1);
        assertThat(result.fixDefinition()).contains("/(?i)caching/");
    }

    @Test
    void neitherTheWorkTreeNorTheGitDirectoryIsWritten() throws Exception {
        Map<String, String> before = everyFile(repository);

        backtest("2024-06-30", null);

        assertThat(everyFile(repository)).isEqualTo(before);
    }

    @Test
    void aT0BeforeTheFirstCommitAnUnknownRefAWindowWithoutFixesAndAShallowCloneAreInputErrors() throws Exception {
        assertThatThrownBy(() -> backtest("2023-12-31", null)).isInstanceOf(ScanInputException.class)
                .hasMessageContaining("is before the first commit");
        assertThatThrownBy(() -> backtest("no-such-tag", null)).isInstanceOf(ScanInputException.class)
                .hasMessageContaining("--at no-such-tag: no such branch, tag or commit");
        assertThatThrownBy(() -> backtest("2024-06-30", Pattern.compile("never in a message")))
                .isInstanceOf(ScanInputException.class).hasMessageContaining("no defect-fix commit");
        Path shallow = temp.resolve("shallow-clone");
        Git.cloneRepository().setURI(repository.toUri().toString()).setDirectory(shallow.toFile()).setDepth(2).call()
                .close();
        assertThatThrownBy(() -> backtestOf(shallow, "2024-06-30", null)).isInstanceOf(ScanInputException.class)
                .hasMessageContaining("shallow clone");
    }

    private BacktestResult backtest(String at, Pattern fixPattern) throws Exception {
        return backtestOf(repository, at, fixPattern);
    }

    private static BacktestResult backtestOf(Path directory, String at, Pattern fixPattern) throws Exception {
        Analyzer analyzer = new Analyzer(RuleRegistry.of(), ProgressListener.NONE);
        return new Backtest(analyzer).run(new ScanRequest(directory, 1), at, Period.ofMonths(12), fixPattern);
    }

    private static BacktestResult.Ranking ranking(BacktestResult result, String id) {
        return result.rankings().stream().filter(ranking -> ranking.id().equals(id)).findFirst().orElseThrow();
    }

    private static org.eclipse.jgit.lib.PersonIdent at(String date) {
        return TestRepos.ident("Dev", "dev@example.com", date + "T10:00:00Z");
    }

    /** A class of exactly {@code lines} lines of code. */
    private static String javaClass(String name, int lines) {
        return "package p;\nclass " + name + " {\n"
                + IntStream.range(0, lines - 3).mapToObj(index -> "  int f" + index + ";\n").collect(Collectors.joining())
                + "}\n";
    }

    /** A class of exactly {@code lines} lines of code whose one method takes six parameters (a biomarker). */
    private static String wideMethodClass(String name, int lines) {
        return "package p;\nclass " + name + " {\n  void m(int a, int b, int c, int d, int e, int f) { }\n"
                + IntStream.range(0, lines - 4).mapToObj(index -> "  int f" + index + ";\n").collect(Collectors.joining())
                + "}\n";
    }

    /** Every file under the directory, .git included, with its size and modification time. */
    private static Map<String, String> everyFile(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> listing = new TreeMap<>();
            for (Path file : files.toList()) {
                listing.put(root.relativize(file).toString(), Files.isDirectory(file) ? "dir"
                        : Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
            return listing;
        }
    }
}
