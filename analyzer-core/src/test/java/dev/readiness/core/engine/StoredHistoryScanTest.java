package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.history.Commit;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.StoredHistory;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rescan at the same commit takes the history the last scan stored instead of reading Git again, and any change to
 * what the history is read from (a new commit, other history options) reads it again, in a real Git repository.
 */
class StoredHistoryScanTest {

    private static final String STORED_AUTHOR = "Stored Author";

    @TempDir
    Path temp;
    private Path repository;
    private Path cache;
    private Git git;

    @BeforeEach
    void commitTwice() {
        repository = temp.resolve("shop");
        cache = temp.resolve("cache");
        git = TestRepos.init(repository);
        TestRepos.commitFiles(git, Map.of("src/main/java/shop/Order.java", "package shop;\nclass Order { }\n"),
                "Add orders");
        TestRepos.commitFiles(git, Map.of("src/main/java/shop/Order.java", "package shop;\nclass Order { int n; }\n"),
                "Count orders");
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void aRescanAtTheSameCommitTakesTheStoredHistory() throws Exception {
        assertThat(authors(history(new ScanRequest(repository, 1, cache)))).containsOnly("Test Author");
        storeWithEveryAuthorRenamed();

        assertThat(authors(history(new ScanRequest(repository, 1, cache)))).hasSize(2).containsOnly(STORED_AUTHOR);
    }

    @Test
    void aScanOfTheHeadCommitNamedByItsIdTakesTheWorkTreesStoredHistory() throws Exception {
        history(new ScanRequest(repository, 1, cache));
        storeWithEveryAuthorRenamed();
        String head = git.getRepository().resolve("HEAD").name();

        History history = history(new ScanRequest(repository, 1, cache).atCommit(head));

        assertThat(authors(history)).hasSize(2).containsOnly(STORED_AUTHOR);
    }

    @Test
    void aNewCommitReadsTheHistoryAgain() throws Exception {
        history(new ScanRequest(repository, 1, cache));
        storeWithEveryAuthorRenamed();
        TestRepos.commitFiles(git, Map.of("README.md", "# Shop\n"), "Describe the shop");

        History history = history(new ScanRequest(repository, 1, cache));

        assertThat(history.commits()).extracting(Commit::subject)
                .containsExactly("Describe the shop", "Count orders", "Add orders");
        assertThat(authors(history)).containsOnly("Test Author");
    }

    @Test
    void otherHistoryOptionsReadTheHistoryAgain() throws Exception {
        history(new ScanRequest(repository, 1, cache));
        storeWithEveryAuthorRenamed();
        HistoryOptions defaults = HistoryOptions.defaults(1);
        HistoryOptions oneCommit = new HistoryOptions(1, null, defaults.recentWindow(), true, 1,
                defaults.botAuthors(), null);

        History history = history(new ScanRequest(repository, 1, cache).withHistory(oneCommit));

        assertThat(history.commits()).extracting(Commit::subject).containsExactly("Count orders");
        assertThat(authors(history)).containsOnly("Test Author");
    }

    @Test
    void anAnalyzerKeepingCachesScansAgainFromMemoryWithTheSameResult() throws Exception {
        Analyzer keeping = Analyzer.keepingCaches(new RuleRegistry(List.of()), ProgressListener.NONE);
        ScanRequest request = new ScanRequest(repository, 1, cache);
        try (Scan first = keeping.analyze(request)) {
            assertThat(first.cacheHits()).isZero();
        }
        CacheFiles.clear(cache); // what the next scan finds, it finds in memory

        try (Scan again = keeping.analyze(request);
             Scan fresh = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                     .analyze(new ScanRequest(repository, 1, null))) {
            assertThat(again.cacheHits()).isEqualTo(1);
            assertThat(again.models().history().orElseThrow().commits())
                    .isEqualTo(fresh.models().history().orElseThrow().commits());
            assertThat(again.result().score()).isEqualTo(fresh.result().score());
        }
    }

    @Test
    void withoutACacheDirectoryNothingIsStored() throws Exception {
        history(new ScanRequest(repository, 1, null));

        assertThat(Files.exists(cache)).isFalse();
    }

    private History history(ScanRequest request) throws Exception {
        try (Scan scan = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE).analyze(request)) {
            return scan.models().history().orElseThrow();
        }
    }

    private static List<String> authors(History history) {
        return history.commits().stream().map(Commit::authorName).toList();
    }

    /** Rewrites the stored history under its own analyzer and key, every commit's author renamed. */
    private void storeWithEveryAuthorRenamed() throws IOException {
        List<CacheFiles.Stored> stored = CacheFiles.list(cache).stream()
                .filter(file -> file.kind().equals(HistoryStage.STORED_HISTORY)).toList();
        assertThat(stored).hasSize(1);
        Path file = cache.resolve(stored.get(0).name());
        String fingerprint;
        String key;
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            in.readInt(); // magic
            in.readInt(); // format
            fingerprint = in.readUTF();
            key = in.readUTF();
        }
        StoredHistory storedHistory = StoredHistory.at(file, fingerprint);
        History history = storedHistory.read(key, Duration.ofDays(365)).orElseThrow();
        List<Commit> renamed = history.commits().stream().map(commit -> new Commit(commit.id(), STORED_AUTHOR,
                commit.authorEmail(), commit.time(), commit.message(), commit.parents(), commit.changes())).toList();
        storedHistory.write(key, new History(renamed, Duration.ofDays(365), history.shallow(),
                history.limited()));
    }
}
