package dev.readiness.core.history;

/**
 * The history could not be read: a missing or corrupt object, an unreadable pack. The message says what
 * and where, for a tool notification; the scan goes on without history.
 */
public class HistoryReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public HistoryReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
