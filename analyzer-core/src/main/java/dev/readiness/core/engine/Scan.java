package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.RepositoryContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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

    /**
     * HEAD's commit when this scan of a work tree says what a scan of that commit would: the work tree held exactly
     * its files ({@link RepositorySnapshot#listsTreeOf}) and no build output (test reports, compiled classes) was
     * there to read, which only a work tree's scan reads. Empty otherwise, or when that cannot be told. Call while
     * the scan is open.
     */
    public Optional<String> sameAsHeadCommit() {
        String head = snapshot.gitState().headCommit();
        if (head == null || snapshot.commitTree().isPresent()) {
            return Optional.empty();
        }
        try {
            boolean readsNoBuildOutput = EvidenceStage.discovered(snapshot, new ArrayList<>()).isEmpty()
                    && BytecodeStage.foundDirectories(snapshot, new TreeSet<>()).isEmpty();
            return readsNoBuildOutput && snapshot.listsTreeOf(head) ? Optional.of(head) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a file gone or unreadable since: not provably the same
        }
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
