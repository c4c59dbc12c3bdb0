package dev.readiness.core.testing;

/** A history spec (a sample's {@code history.txt}) is malformed; the message names the file and line. */
public final class HistorySpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    HistorySpecException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}
