package dev.readiness.core.concurrent;

/** What a task run on another thread failed with, as the thread waiting for it should meet it. */
public final class Failures {

    private Failures() {
    }

    /**
     * Throws {@code cause} itself when it is unchecked (a runtime failure, or an error such as out of memory, which must
     * fail the scan as if the task had run on the waiting thread); returns otherwise, for the caller to wrap it.
     */
    public static void throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
    }
}
