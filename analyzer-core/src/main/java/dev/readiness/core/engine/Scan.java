package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.repo.RepositorySnapshot;

/** A finished analysis whose snapshot stays open so reporters can read file texts; close when done. */
public final class Scan implements AutoCloseable {

    private final RepositorySnapshot snapshot;
    private final AnalysisResult result;

    Scan(RepositorySnapshot snapshot, AnalysisResult result) {
        this.snapshot = snapshot;
        this.result = result;
    }

    public AnalysisResult result() {
        return result;
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
