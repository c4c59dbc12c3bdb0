package dev.readiness.core.engine;

import java.nio.file.Path;

/**
 * What to scan, with how many parser threads, and where per-file results are cached between runs
 * ({@code cacheDirectory} null: no cache).
 */
public record ScanRequest(Path path, int threads, Path cacheDirectory) {

    public ScanRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** No cache. */
    public ScanRequest(Path path, int threads) {
        this(path, threads, null);
    }

    public static ScanRequest of(Path path) {
        return new ScanRequest(path, Runtime.getRuntime().availableProcessors());
    }
}
