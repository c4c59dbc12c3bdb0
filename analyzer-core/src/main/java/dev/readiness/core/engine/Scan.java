package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.RepositoryContext;
import java.util.List;

/** A finished analysis whose snapshot stays open so reporters can read file texts; close when done. */
public final class Scan implements AutoCloseable {

    private final RepositorySnapshot snapshot;
    private final AnalysisResult result;
    private final RepositoryContext models;
    private final CacheUse cache;

    /** How the scan used its caches: Java files found and not found there, and what could not be used. */
    record CacheUse(int hits, int misses, List<String> problems) {

        CacheUse {
            problems = List.copyOf(problems);
        }
    }

    Scan(RepositorySnapshot snapshot, AnalysisResult result, RepositoryContext models, CacheUse cache) {
        this.snapshot = snapshot;
        this.result = result;
        this.models = models;
        this.cache = cache;
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

    @Override
    public void close() {
        snapshot.close();
    }
}
