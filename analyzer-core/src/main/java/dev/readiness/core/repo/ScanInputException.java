package dev.readiness.core.repo;

/** The path given to scan cannot be analysed; the message is meant for the user as it is. */
public class ScanInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScanInputException(String message) {
        super(message);
    }

    public ScanInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
