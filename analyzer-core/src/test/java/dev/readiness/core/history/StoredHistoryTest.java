package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored history reads back as the history that was read from Git, kinds and aggregates included, and only under
 * the key and analyzer it was stored with; a cut or altered file is not used.
 */
class StoredHistoryTest {

    private static final String FINGERPRINT = "analyzer";
    private static final String KEY = "start and options";
    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path temp;
    private Path file;
    private History read;

    @BeforeEach
    void readARealHistory() throws Exception {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order {}\n", "src/Cart.java", "class Cart {}\n"),
                    "Add orders and carts");
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order { int total; }\n"),
                    "Fix wrong order total (gh-12)", TestRepos.ident("Ann", "ann@example.com", "2020-02-01T00:00:00Z"));
            TestRepos.renameFile(git, "src/Cart.java", "src/Basket.java", "Rename cart",
                    TestRepos.ident("Bob", "bob@example.com", "2020-03-01T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order { int total; }\n// polished\n"),
                    "Polish", TestRepos.ident("Ann", "ann@example.com", "2020-04-01T00:00:00Z"));
            read = new HistoryReader(git.getRepository(), "", HistoryOptions.defaults(1)).read();
        }
        file = temp.resolve("timeline.bin.gz");
        StoredHistory.at(file, FINGERPRINT).write(KEY, read);
    }

    @Test
    void readsBackTheCommitsTheirKindsAndTheFilesAggregates() {
        StoredHistory file = StoredHistory.at(this.file, FINGERPRINT);
        History stored = file.read(KEY, YEAR).orElseThrow();


        assertThat(stored.commits()).isEqualTo(read.commits()).hasSize(4);
        assertThat(stored.commits()).extracting(stored::kindOf)
                .containsExactly(CommitKind.SWEEP, CommitKind.CHANGE, CommitKind.DEFECT_FIX, CommitKind.CHANGE);
        assertThat(stored.commits()).extracting(stored::kindOf).isEqualTo(read.commits().stream().map(read::kindOf)
                .toList());
        assertThat(stored.kinds().referencesDecide()).isEqualTo(read.kinds().referencesDecide());
        assertThat(stored.files()).isEqualTo(read.files()).containsKeys("src/Basket.java", "src/Order.java");
        assertThat(stored.shallow()).isEqualTo(read.shallow());
        assertThat(stored.limited()).isEqualTo(read.limited());
        assertThat(file.problem()).isEmpty();
    }

    @Test
    void anotherKeyOrAnalyzerFindsNothingAndThatIsNoProblem() {
        List<StoredHistory> lookups = List.of(StoredHistory.at(file, FINGERPRINT),
                StoredHistory.at(file, "another analyzer"), StoredHistory.at(temp.resolve("missing.bin.gz"), FINGERPRINT));

        assertThat(lookups.get(0).read("another start", YEAR)).isEmpty();
        assertThat(lookups.get(1).read(KEY, YEAR)).isEmpty();
        assertThat(lookups.get(2).read(KEY, YEAR)).isEmpty();
        assertThat(lookups).allSatisfy(lookup -> assertThat(lookup.problem()).isEmpty());
    }

    @Test
    void aCutFileIsNotUsed() throws IOException {
        byte[] content = unzipped();
        rezip(Arrays.copyOf(content, content.length - 6));

        assertThatTheFileIsBroken();
    }

    @Test
    void aCommitKindNoAnalyzerWritesMakesTheFileUnusable() throws IOException {
        byte[] content = unzipped();
        byte[] message = "Polish\n".getBytes(StandardCharsets.UTF_8); // the newest commit's, as Git keeps it
        int kindOfNewest = indexOf(content, message) + message.length + Integer.BYTES; // after the parent count
        assertThat(content[kindOfNewest]).isEqualTo((byte) CommitKind.SWEEP.ordinal());
        content[kindOfNewest] = 42;
        rezip(content);

        assertThatTheFileIsBroken();
    }

    private void assertThatTheFileIsBroken() {
        StoredHistory broken = StoredHistory.at(file, FINGERPRINT);

        assertThat(broken.read(KEY, YEAR)).isEmpty();
        assertThat(broken.problem()).contains("the cache file timeline.bin.gz could not be read, so the history was "
                + "read again");
    }

    private byte[] unzipped() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private void rezip(byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private static int indexOf(byte[] content, byte[] part) {
        for (int at = 0; at + part.length <= content.length; at++) {
            if (Arrays.equals(content, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        throw new AssertionError("not in the file");
    }
}
