package dev.readiness.core.rule;

/**
 * A span of a file, 1-based. A column of 0 means unknown (line-only region); end is inclusive line,
 * exclusive column, as in SARIF.
 */
public record Region(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Region> {

    public Region {
        if (startLine < 1) {
            throw new IllegalArgumentException("startLine must be >= 1, was " + startLine);
        }
        if (endLine < startLine) {
            endLine = startLine;
        }
        startColumn = Math.max(0, startColumn);
        endColumn = Math.max(0, endColumn);
    }

    /** A whole line, columns unknown. */
    public static Region line(int line) {
        return new Region(line, 0, line, 0);
    }

    public boolean hasColumns() {
        return startColumn > 0;
    }

    @Override
    public int compareTo(Region other) {
        int byLine = Integer.compare(startLine, other.startLine);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(startColumn, other.startColumn);
        if (byColumn != 0) {
            return byColumn;
        }
        int byEndLine = Integer.compare(endLine, other.endLine);
        return byEndLine != 0 ? byEndLine : Integer.compare(endColumn, other.endColumn);
    }
}
