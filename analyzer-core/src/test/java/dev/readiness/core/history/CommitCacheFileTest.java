package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.history.CommitChangesCache.Entry;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The per-commit cache file is read back only as it can have been written: anything else is a broken file. */
class CommitCacheFileTest {

    private static final String FINGERPRINT = "analyzer";

    @TempDir
    Path temp;

    @Test
    void whatWasSavedIsFoundAgain() throws IOException {
        Path file = temp.resolve("history.bin.gz");
        Entry entry = new Entry(true, List.of(new FileChange("B.java", "A.java", FileChange.Kind.RENAME, 2, 1),
                new FileChange("C.java", null, FileChange.Kind.ADD, -1, -1)));
        save(file, "c1", entry);

        CommitCacheFile cache = CommitCacheFile.open(file, FINGERPRINT);

        assertThat(cache.get("c1")).contains(entry);
        assertThat(cache.problem()).isEmpty();
    }

    static Stream<FileChange> changesNoCommitMakes() {
        return Stream.of(new FileChange("A.java", null, FileChange.Kind.MODIFY, -7, 3),
                new FileChange("A.java", null, FileChange.Kind.MODIFY, 5, -1),
                new FileChange(null, null, FileChange.Kind.ADD, 1, 0),
                new FileChange("B.java", null, FileChange.Kind.RENAME, 1, 0),
                new FileChange("B.java", "A.java", FileChange.Kind.MODIFY, 1, 0));
    }

    @ParameterizedTest
    @MethodSource("changesNoCommitMakes")
    void aChangeNoCommitMakesMakesTheFileBrokenAndEveryCommitIsReadAgain(FileChange change) throws IOException {
        Path file = temp.resolve("history.bin.gz");
        save(file, "c1", new Entry(true, List.of(change)));

        CommitCacheFile cache = CommitCacheFile.open(file, FINGERPRINT);

        assertThat(cache.get("c1")).isEmpty();
        assertThat(cache.problem()).contains("the cache file history.bin.gz could not be read, so every commit was read "
                + "again");
    }

    @Test
    void countsOfHundredsOfMillionsAreABrokenFileNotGigabytesOfMemory() throws IOException {
        Path file = temp.resolve("history.bin.gz");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(CommitCacheFile.MAGIC);
            out.writeInt(CommitCacheFile.FORMAT);
            out.writeUTF(FINGERPRINT);
            out.writeInt(400_000_000);
            out.writeUTF("c1");
            out.writeBoolean(true);
            out.writeInt(500_000_000);
        }

        CommitCacheFile cache = CommitCacheFile.open(file, FINGERPRINT);

        assertThat(cache.get("c1")).isEmpty();
        assertThat(cache.problem()).isPresent();
    }

    @Test
    void anotherAnalyzersFileIsNoProblem() throws IOException {
        Path file = temp.resolve("history.bin.gz");
        save(file, "c1", new Entry(true, List.of()));

        CommitCacheFile cache = CommitCacheFile.open(file, "another analyzer");

        assertThat(cache.get("c1")).isEmpty();
        assertThat(cache.problem()).isEmpty();
    }

    private static void save(Path file, String commit, Entry entry) throws IOException {
        CommitCacheFile cache = CommitCacheFile.open(file, FINGERPRINT);
        cache.put(commit, entry);
        cache.save();
    }
}
