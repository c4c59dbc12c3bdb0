package dev.readiness.cli;

import dev.readiness.core.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on a terminal's stderr, redrawn at most ten times a second: the stage, how far
 * it is (files while parsing, commits while reading history), the rate and the time left, each measured
 * from the start of its own stage.
 */
final class TerminalProgress implements ProgressListener {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final Map<String, String> UNITS = Map.of("parse", "files", "history", "commits");

    private final PrintStream err;
    private final LongSupplier clock;
    private String stage;
    private long stageStartNanos;
    private long lastDrawNanos;
    private int drawnWidth;

    TerminalProgress(PrintStream err) {
        this(err, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    TerminalProgress(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void progress(String stageName, int done, int total) {
        long now = clock.getAsLong();
        if (!stageName.equals(stage)) {
            stage = stageName;
            stageStartNanos = now;
            lastDrawNanos = now - REDRAW_NANOS;
        }
        if (done < total && now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        double seconds = (now - stageStartNanos) / 1e9;
        String line = String.format(Locale.ROOT, "%s: %d/%d %s", stageName, done, total,
                UNITS.getOrDefault(stageName, "items"));
        if (seconds > 0) {
            double rate = done / seconds;
            line += String.format(Locale.ROOT, " (%.0f/s%s)", rate, rate > 0 && done < total
                    ? String.format(Locale.ROOT, ", ETA %.0fs", (total - done) / rate) : "");
        }
        // pad over what the previous line left behind
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    /** Clears the line so results start on a clean one. */
    synchronized void finish() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }
}
