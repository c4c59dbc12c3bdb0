package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache directory is shared by every scan of the user: scans of one repository at the same time, and a scan killed
 * while it writes its cache, never leave a cache that makes another scan fail or report differently.
 */
class CacheConcurrencyTest {

    /** Exit status of a process ended by SIGKILL (128 + 9). */
    private static final int KILLED = 137;

    @TempDir
    static Path work;
    private static Path repository;
    private static Path uncached;

    @BeforeAll
    static void scanWithoutCache() {
        repository = SampleRepository.materialize("legacy-shop", work.resolve("legacy-shop"));
        uncached = work.resolve("uncached");
        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json,sarif", "--output",
                uncached.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void twoScansAtOnceWithOneCacheDirectoryBothSucceedWithTheSameReports() throws IOException {
        Path cache = work.resolve("shared-cache");
        CliProcess first = scanProcess(cache, work.resolve("first"));
        CliProcess second = scanProcess(cache, work.resolve("second"));

        CliRun firstRun = first.finish();
        CliRun secondRun = second.finish();
        CliRun fromTheirCache = CliRun.of("scan", repository.toString(), "--cache-dir", cache.toString(), "--format",
                "json,sarif", "--output", work.resolve("third").toString());

        assertThat(List.of(firstRun, secondRun, fromTheirCache)).extracting(CliRun::exitCode).containsOnly(0);
        assertThat(fromTheirCache.err()).doesNotContain("readiness: note:");
        assertThat(List.of("first", "second", "third")).allSatisfy(output -> assertSameReports(work.resolve(output)));
    }

    @Test
    void aScanKilledWhileItWritesItsCacheLeavesACacheThatGivesTheSameReports() throws Exception {
        Path cache = Files.createDirectories(work.resolve("killed-cache"));
        CliRun killed;
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            cache.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            CliProcess scan = scanProcess(cache, work.resolve("killed"));
            awaitFileNamed(watcher, ".cache-");
            scan.process().destroyForcibly();
            killed = scan.finish();
        }

        CliRun rescan = CliRun.of("scan", repository.toString(), "--cache-dir", cache.toString(), "--format",
                "json,sarif", "--output", work.resolve("after-kill").toString());

        assertThat(killed.exitCode()).isEqualTo(KILLED);
        assertThat(rescan.exitCode()).as(rescan.err()).isZero();
        assertSameReports(work.resolve("after-kill"));
    }

    private static CliProcess scanProcess(Path cache, Path output) {
        return CliProcess.start(work.resolve("processes"), List.of(), "scan", repository.toString(), "--cache-dir",
                cache.toString(), "--format", "json,sarif", "--output", output.toString(), "--quiet");
    }

    /**
     * Blocks until a file whose name starts with {@code prefix} appears where {@code watcher} watches; a scan that
     * never writes one fails the test instead of hanging it.
     */
    private static void awaitFileNamed(WatchService watcher, String prefix) throws InterruptedException {
        while (true) {
            WatchKey key = watcher.poll(2, TimeUnit.MINUTES);
            assertThat(key).as("a file named " + prefix + "* being written").isNotNull();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path created && created.getFileName().toString().startsWith(prefix)) {
                    return;
                }
            }
            key.reset();
        }
    }

    private static void assertSameReports(Path output) {
        assertThat(List.of("readiness.json", "readiness.sarif")).allSatisfy(report ->
                assertThat(output.resolve(report)).hasSameBinaryContentAs(uncached.resolve(report)));
    }
}
