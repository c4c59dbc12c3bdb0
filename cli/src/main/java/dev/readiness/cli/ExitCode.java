package dev.readiness.cli;

/** The process exit codes of the CLI contract; {@link FailureHandler} decides which failure gets which. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int QUALITY_GATE_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int ANALYSIS_FAILED = 3;

    private ExitCode() {
    }
}
