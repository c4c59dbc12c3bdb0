package dev.readiness.core.engine;

import dev.readiness.core.concurrent.Failures;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A stage that runs on its own thread beside the others (the history, which needs nothing the parse makes), timed
 * there and awaited where its result is needed. An error on its thread (out of memory) reaches the awaiting thread
 * as itself, so the scan fails as if the stage had run there.
 */
final class BackgroundStage<T> {

    private final FutureTask<T> task;
    private volatile long millis;

    private BackgroundStage(Supplier<T> work) {
        this.task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                millis = (System.nanoTime() - start) / 1_000_000;
            }
        });
    }

    static <T> BackgroundStage<T> start(String name, Supplier<T> work) {
        BackgroundStage<T> stage = new BackgroundStage<>(work);
        Thread thread = new Thread(stage.task, "readiness-" + name);
        thread.setDaemon(true);
        thread.start();
        return stage;
    }

    /** The stage's result, once it has finished. */
    T await() throws AnalysisException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("interrupted while waiting for a stage", e);
        } catch (ExecutionException e) {
            Failures.throwIfUnchecked(e.getCause());
            throw new AnalysisException("a stage failed: " + e.getCause(), e.getCause());
        }
    }

    /** How long the stage ran, once it has finished. */
    long millis() {
        return millis;
    }

    /** Stops a stage whose result is no longer wanted (the scan failed elsewhere). */
    void cancel() {
        task.cancel(true);
    }
}
