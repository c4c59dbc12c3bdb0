package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.RepositoryContext;
import java.util.List;

/**
 * A finished analysis whose snapshot stays open so reporters can read file texts, while its caches are written; close
 * when done.
 */
public final class Scan implements AutoCloseable {

    private final RepositorySnapshot snapshot;
    private final AnalysisResult result;
    private final RepositoryContext models;
    private final CacheUse cache;
    private final Thread savingCaches;

    /** How the scan used its caches: Java files found and not found there, and what could not be used. */
    record CacheUse(int hits, int misses, List<String> problems) {

        CacheUse {
            problems = List.copyOf(problems);
        }
    }

    /** @param savingCaches the thread writing the scan's caches, waited for on {@link #close()}; null: none */
    Scan(RepositorySnapshot snapshot, AnalysisResult result, RepositoryContext models, CacheUse cache,
         Thread savingCaches) {
        this.snapshot = snapshot;
        this.result = result;
        this.models = models;
        this.cache = cache;
        this.savingCaches = savingCaches;
    }

    /** Java files whose results came from the cache (kept out of reports, which must not depend on it). */
    public int cacheHits() {
        return cache.hits();
    }

    public int cacheMisses() {
        return cache.misses();
    }

    /**
     * What of the caches could not be used and was analysed again, one sentence each (kept out of reports like the
     * hits: the same repository gives the same reports with or without a cache).
     */
    public List<String> cacheProblems() {
        return cache.problems();
    }

    public AnalysisResult result() {
        return result;
    }

    /** The models the rules read (files, sources, types, history), for commands that need more than findings. */
    public RepositoryContext models() {
        return models;
    }

    /** Closes the snapshot and waits until the caches are written, so the next scan finds them. */
    @Override
    public void close() {
        snapshot.close();
        awaitCachesWritten();
    }

    /** Returns once the scan's caches are written (or could not be), so that a scan started next finds them. */
    public void awaitCachesWritten() {
        if (savingCaches != null) {
            try {
                savingCaches.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caches are then written or not: either way a scan works
            }
        }
    }
}
