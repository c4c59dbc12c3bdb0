package dev.readiness.core.baseline;

/** A baseline file that cannot be read or makes no sense, or a Git ref that cannot be compared against. */
public final class BaselineException extends Exception {

    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
