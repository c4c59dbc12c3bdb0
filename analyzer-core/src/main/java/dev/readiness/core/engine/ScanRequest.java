package dev.readiness.core.engine;

import java.nio.file.Path;

/** What to scan and with how many parser threads. */
public record ScanRequest(Path path, int threads) {

    public ScanRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static ScanRequest of(Path path) {
        return new ScanRequest(path, Runtime.getRuntime().availableProcessors());
    }
}
