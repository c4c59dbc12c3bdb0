package dev.readiness.core.engine;

/** The analysis itself broke (not the input); the CLI exits 3 with this message. */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
