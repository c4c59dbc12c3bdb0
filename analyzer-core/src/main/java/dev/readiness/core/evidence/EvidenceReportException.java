package dev.readiness.core.evidence;

/** A PIT or JaCoCo report that cannot be read or is not in the expected format. */
public final class EvidenceReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public EvidenceReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvidenceReportException(String message) {
        super(message);
    }
}
