package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness cache --info} lists what scans kept; {@code --clear} deletes that and nothing else. */
class CacheCommandTest {

    @TempDir
    Path temp;

    @Test
    void infoListsEachKindAScanWroteAndClearDeletesOnlyTheCachesOwnFiles() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path cache = temp.resolve("cache");
        CliRun scan = CliRun.of("scan", repository.toString(), "--cache-dir", cache.toString(), "--format", "json",
                "--output", temp.resolve("report.json").toString(), "--quiet");
        Path foreign = Files.writeString(cache.resolve("notes.txt"), "not the cache's");

        CliRun info = CliRun.of("cache", "--info", "--cache-dir", cache.toString());
        CliRun clear = CliRun.of("cache", "--clear", "--cache-dir", cache.toString());
        CliRun empty = CliRun.of("cache", "--info", "--cache-dir", cache.toString());

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Cache directory: " + cache).containsPattern("(?m)^  files +[0-9.]+ MB")
                .containsPattern("(?m)^  history ").containsPattern("(?m)^  timeline ")
                .containsPattern("(?m)^  reports ").contains("4 file(s)").doesNotContain("notes.txt");
        assertThat(clear.out()).startsWith("Deleted 4 cache file(s)");
        assertThat(empty.out()).contains("No cache files.");
        try (var left = Files.list(cache)) {
            assertThat(left).containsExactly(foreign);
        }
    }

    @Test
    void aMissingDirectoryHoldsNoCacheAndNeitherOrBothActionsIsAUsageError() {
        Path missing = temp.resolve("never-written");

        CliRun info = CliRun.of("cache", "--info", "--cache-dir", missing.toString());
        CliRun neither = CliRun.of("cache", "--cache-dir", missing.toString());
        CliRun both = CliRun.of("cache", "--info", "--clear", "--cache-dir", missing.toString());

        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("No cache files.");
        assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(missing).doesNotExist();
    }
}
