package dev.readiness.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {

    record Entry(String name, int size) {
    }

    @TempDir
    Path temp;

    @Test
    void savedEntriesAreFoundByTheNextRunWithTheSameFingerprint() throws IOException {
        Path file = temp.resolve("cache/files-1.bin.gz");
        ContentCache<Entry> first = ContentCache.open(file, "v1", Entry.class);
        assertThat(first.get("a")).isEmpty();
        first.put("a", new Entry("alpha", 1));
        first.save();

        ContentCache<Entry> second = ContentCache.open(file, "v1", Entry.class);

        assertThat(second.get("a")).contains(new Entry("alpha", 1));
        assertThat(second.get("b")).isEmpty();
        assertThat(second.hits()).isEqualTo(1);
        assertThat(second.misses()).isEqualTo(1);
    }

    @Test
    void whatOneScanPutsTheNextScanOfTheSameRunFinds() {
        ContentCache<Entry> run = ContentCache.inMemory();
        run.put("a", new Entry("alpha", 1));

        assertThat(run.get("a")).contains(new Entry("alpha", 1));
        assertThat(ContentCache.<Entry>disabled().get("a")).isEmpty();
    }

    @Test
    void aCacheInMemoryIsNeverWritten() throws IOException {
        ContentCache<Entry> run = ContentCache.inMemory();
        run.put("a", new Entry("alpha", 1));

        run.save();

        assertThat(run.enabled()).isTrue();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aContinuingCacheFindsWhatTheLastRunUsedWithoutReadingTheFile() throws IOException {
        Path file = temp.resolve("cache/files-1.bin.gz");
        ContentCache<Entry> first = ContentCache.open(file, "v1", Entry.class);
        first.put("a", new Entry("alpha", 1));
        first.put("b", new Entry("beta", 2));
        first.save();
        Files.delete(file);

        ContentCache<Entry> next = ContentCache.continuing(first);

        assertThat(next.get("a")).contains(new Entry("alpha", 1));
        assertThat(next.get("c")).isEmpty();
        assertThat(next.hits()).isEqualTo(1);
        assertThat(next.misses()).isEqualTo(1);
        next.save();
        assertThat(ContentCache.open(file, "v1", Entry.class).get("a")).as("b went unused: the file is written again")
                .contains(new Entry("alpha", 1));
        assertThat(ContentCache.open(file, "v1", Entry.class).get("b")).isEmpty();
    }

    @Test
    void aContinuingCacheThatUsedAllItWasGivenDoesNotWriteAgain() throws IOException {
        Path file = temp.resolve("cache/files-1.bin.gz");
        ContentCache<Entry> first = ContentCache.open(file, "v1", Entry.class);
        first.put("a", new Entry("alpha", 1));
        first.save();
        Files.delete(file);
        ContentCache<Entry> next = ContentCache.continuing(first);
        next.get("a");

        next.save();

        assertThat(file).doesNotExist();
    }

    @Test
    void anotherFingerprintMeansAnotherAnalyzerAndNothingIsReused() throws IOException {
        Path file = savedWith(Map.of("a", new Entry("alpha", 1)));

        assertThat(ContentCache.open(file, "v2", Entry.class).get("a")).isEmpty();
    }

    @Test
    void savingKeepsOnlyWhatThisRunUsed() throws IOException {
        Path file = savedWith(Map.of("kept", new Entry("k", 1), "dropped", new Entry("d", 2)));
        ContentCache<Entry> second = ContentCache.open(file, "v1", Entry.class);
        second.get("kept");
        second.save();

        ContentCache<Entry> third = ContentCache.open(file, "v1", Entry.class);

        assertThat(third.get("kept")).isPresent();
        assertThat(third.get("dropped")).isEmpty();
    }

    @Test
    void anUnchangedCacheIsNotRewritten() throws IOException {
        Path file = savedWith(Map.of("a", new Entry("alpha", 1)));
        java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, written);

        ContentCache<Entry> second = ContentCache.open(file, "v1", Entry.class);
        second.get("a");
        second.save();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void aCorruptCacheIsAnEmptyCache() throws IOException {
        Path file = Files.writeString(temp.resolve("files.bin.gz"), "not gzip at all");

        ContentCache<Entry> cache = ContentCache.open(file, "v1", Entry.class);

        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.enabled()).isTrue();
    }

    @Test
    void aCorruptCacheSaysSo() throws IOException {
        Path file = Files.writeString(temp.resolve("files.bin.gz"), "not gzip at all");

        assertThat(ContentCache.open(file, "v1", Entry.class).problem())
                .contains("the cache file files.bin.gz could not be read, so every file was analysed again");
        assertThat(ContentCache.open(temp.resolve("missing.bin.gz"), "v1", Entry.class).problem()).isEmpty();
    }

    @Test
    void anEntryChangedSinceItWasWrittenIsDroppedAndTheOthersKept() throws IOException {
        Path file = savedWith(Map.of("a", new Entry("alpha", 1), "b", new Entry("beta", 2)));
        ObjectNode root = read(file);
        ((ObjectNode) root.at("/entries/a/value")).put("size", 7);
        write(file, root);

        ContentCache<Entry> second = ContentCache.open(file, "v1", Entry.class);

        assertThat(second.get("a")).isEmpty();
        assertThat(second.get("b")).contains(new Entry("beta", 2));
        assertThat(second.problem())
                .contains("1 of 2 entries of the cache file files.bin.gz were not as written and were analysed again");
    }

    @Test
    void anEntryAsWrittenThatDoesNotDecodeOrIsNotWellFormedIsDropped() throws IOException {
        Path file = savedWith(Map.of("a", new Entry("alpha", 1), "b", new Entry("beta", 2),
                "c", new Entry("gamma", 3)));
        ObjectNode root = read(file);
        resign(root, "a", value -> value.put("size", -1));
        resign(root, "b", value -> value.put("size", "two"));
        write(file, root);

        ContentCache<Entry> second = ContentCache.open(file, "v1", Entry.class, entry -> entry.size() >= 0);

        assertThat(List.of("a", "b", "c")).extracting(key -> second.get(key).isPresent())
                .containsExactly(false, false, true);
        assertThat(second.problem())
                .contains("2 of 3 entries of the cache file files.bin.gz were not as written and were analysed again");
    }

    /** A cache file of fingerprint v1 that a run saved with {@code entries}. */
    private Path savedWith(Map<String, Entry> entries) throws IOException {
        Path file = temp.resolve("files.bin.gz");
        ContentCache<Entry> run = ContentCache.open(file, "v1", Entry.class);
        entries.forEach(run::put);
        run.save();
        return file;
    }

    /** Changes an entry's value and gives it the checksum of what it now holds, as a writer's bug would. */
    private static void resign(ObjectNode root, String key, Consumer<ObjectNode> change) throws IOException {
        ObjectNode entry = (ObjectNode) root.at("/entries/" + key);
        change.accept((ObjectNode) entry.get("value"));
        entry.put("checksum", ContentCacheFile.checksumOf(entry.get("value")));
    }

    private static ObjectNode read(Path file) throws IOException {
        return ContentCacheFile.toJson(Files.readAllBytes(file));
    }

    private static void write(Path file, ObjectNode root) throws IOException {
        Files.write(file, ContentCacheFile.fromJson(root));
    }

    @Test
    void aDisabledCacheNeverHitsAndWritesNothing() throws IOException {
        ContentCache<Entry> cache = ContentCache.disabled();
        cache.put("a", new Entry("alpha", 1));
        cache.save();

        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.enabled()).isFalse();
        assertThat(cache.misses()).as("nothing was looked up").isZero();
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cacheFilesAreNamedByPlaceAndKind() {
        Path one = CacheFiles.fileFor(temp, "files", "/src/a#");
        Path other = CacheFiles.fileFor(temp, "files", "/src/b#");

        assertThat(one.getFileName().toString()).matches("files-[0-9a-f]{16}\\.bin\\.gz");
        assertThat(one).isNotEqualTo(other).isEqualTo(CacheFiles.fileFor(temp, "files", "/src/a#"));
    }
}
