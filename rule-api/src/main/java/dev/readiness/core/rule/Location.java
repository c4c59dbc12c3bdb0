package dev.readiness.core.rule;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in the scanned repository: a repository-relative path with forward slashes, a region, the
 * enclosing symbol (e.g. {@code com.acme.Order#total(int)}, empty for file-level places) and, for related
 * locations, a message saying why the place matters.
 */
public record Location(String path, Region region, String enclosingSymbol, String message)
        implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparing(Location::region)
            .thenComparing(Location::enclosingSymbol)
            .thenComparing(Location::message);

    public Location {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(region, "region");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("path must be repository-relative with forward slashes: " + path);
        }
        enclosingSymbol = enclosingSymbol == null ? "" : enclosingSymbol;
        message = message == null ? "" : message;
    }

    /** A location without a related-location message. */
    public static Location of(String path, Region region, String enclosingSymbol) {
        return new Location(path, region, enclosingSymbol, "");
    }

    /** A whole line of {@code path}, columns and symbol unknown. */
    public static Location ofLine(String path, int line) {
        return new Location(path, Region.line(line), "", "");
    }

    /** This location with {@code text} saying why it matters (for related locations). */
    public Location withMessage(String text) {
        return new Location(path, region, enclosingSymbol, text);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
