package dev.readiness.core.history;

/** Told how many of the walked commits are done; called from worker threads. */
@FunctionalInterface
public interface HistoryProgress {

    HistoryProgress NONE = (done, total) -> { };

    void commits(int done, int total);
}
