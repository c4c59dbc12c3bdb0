package dev.readiness.core.engine;

/** Told how far a stage has come; the CLI draws it on a terminal. Called from worker threads. */
public interface ProgressListener {

    ProgressListener NONE = (stage, done, total) -> { };

    void progress(String stage, int done, int total);
}
