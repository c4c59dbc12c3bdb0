package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.repo.RepositorySnapshot;

/** A finished analysis whose snapshot stays open so reporters can read file texts; close when done. */
public final class Scan implements AutoCloseable {

    private final RepositorySnapshot snapshot;
    private final AnalysisResult result;
    private final int cacheHits;
    private final int cacheMisses;

    Scan(RepositorySnapshot snapshot, AnalysisResult result, int cacheHits, int cacheMisses) {
        this.snapshot = snapshot;
        this.result = result;
        this.cacheHits = cacheHits;
        this.cacheMisses = cacheMisses;
    }

    /** Java files whose results came from the cache (kept out of reports, which must not depend on it). */
    public int cacheHits() {
        return cacheHits;
    }

    public int cacheMisses() {
        return cacheMisses;
    }

    public AnalysisResult result() {
        return result;
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
