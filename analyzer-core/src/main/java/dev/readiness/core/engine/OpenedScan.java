package dev.readiness.core.engine;

import dev.readiness.core.baseline.ChangedLines;
import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.repo.RepositorySnapshot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A scan whose files are read but not yet analysed: what {@link Analyzer#open} gives a caller that may answer from
 * an earlier identical scan instead. Close it when it is not handed to {@link Analyzer#analyze(OpenedScan)}.
 */
public final class OpenedScan implements AutoCloseable {

    /** What the analysis goes on from: the snapshot, the request and comparison, the lines changed since a ref. */
    record Contents(RepositorySnapshot snapshot, ScanRequest request, GateComparisons.Request comparison,
                    ChangedLines changedLines, long filesMillis) {
    }

    private final Contents contents;
    private final Supplier<Optional<String>> digest;
    private boolean handedOver;

    OpenedScan(Contents contents, Supplier<Optional<String>> digest) {
        this.contents = contents;
        this.digest = digest;
    }

    /**
     * A digest of everything the scan's result depends on ({@link ScanInputs}): two scans with equal digests write
     * the same reports. Empty when an input could not be read, so that nothing is reused.
     */
    public Optional<String> inputsDigest() {
        return digest.get();
    }

    /**
     * The file of this repository's cache of {@code kind} (e.g. "reports"); empty without a cache or when the cache
     * directory lies inside the repository, which is never written to.
     */
    public Optional<Path> cacheFile(String kind) {
        Path directory = Analyzer.writableCacheDirectory(contents.snapshot(), contents.request());
        return directory == null ? Optional.empty()
                : Optional.of(CacheFiles.fileFor(directory, kind, Analyzer.place(contents.snapshot())));
    }

    /** The snapshot now belongs to the analysis, which closes it with its scan. */
    Contents handOver() {
        if (handedOver) {
            throw new IllegalStateException("an opened scan is analysed once");
        }
        handedOver = true;
        return contents;
    }

    @Override
    public void close() {
        if (!handedOver) {
            contents.snapshot().close();
        }
    }
}
