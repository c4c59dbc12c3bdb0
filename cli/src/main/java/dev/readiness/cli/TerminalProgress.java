package dev.readiness.cli;

import dev.readiness.core.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress display on a terminal's stderr, redrawn at most ten times a second. */
final class TerminalProgress implements ProgressListener {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private boolean drawn;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        double seconds = Math.max(0.001, (now - startNanos) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, ", ETA %.0fs", (total - done) / rate) : "";
        err.printf(Locale.ROOT, "\r%s: %d/%d files (%.0f/s%s)   ", stage, done, total, rate, eta);
        err.flush();
        drawn = true;
    }

    /** Clears the line so results start on a clean one. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(70) + "\r");
            err.flush();
        }
    }
}
