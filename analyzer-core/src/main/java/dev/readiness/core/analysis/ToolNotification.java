package dev.readiness.core.analysis;

import dev.readiness.core.rule.Level;
import java.util.Comparator;

/**
 * Something the tool wants the user to know about the scan itself (a file it could not parse, a file it
 * skipped, history not available). {@code path} may be empty; {@code line}/{@code column} 0 when unknown.
 * {@code id} is a stable kebab-case descriptor such as {@code parse-error}.
 */
public record ToolNotification(String id, Level level, String message, String path, int line, int column)
        implements Comparable<ToolNotification> {

    private static final Comparator<ToolNotification> ORDER = Comparator.comparing(ToolNotification::path)
            .thenComparingInt(ToolNotification::line)
            .thenComparing(ToolNotification::id)
            .thenComparing(ToolNotification::message);

    public ToolNotification {
        path = path == null ? "" : path;
    }

    /** A notification about the whole scan, not tied to a file. */
    public static ToolNotification global(String id, Level level, String message) {
        return new ToolNotification(id, level, message, "", 0, 0);
    }

    /** A notification about the file at {@code path} (repository-relative), without a line. */
    public static ToolNotification forFile(String id, Level level, String path, String message) {
        return new ToolNotification(id, level, message, path, 0, 0);
    }

    @Override
    public int compareTo(ToolNotification other) {
        return ORDER.compare(this, other);
    }
}
