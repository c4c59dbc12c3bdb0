package dev.readiness.cli;

/** The process exit codes of the CLI contract; {@link FailureHandler} decides which failure gets which. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int QUALITY_GATE_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int ANALYSIS_FAILED = 3;

    /** The heading of the commands' exit code lists (picocli's exitCodeList, "code:meaning" each). */
    static final String HELP_HEADING = "%nExit codes:%n";
    static final String GATE_FAILED_HELP = "1:quality gate failed (--fail-on, --fail-under)";
    static final String USAGE_ERROR_HELP = "2:usage, input or configuration error (readiness.yml, baseline)";
    static final String ANALYSIS_FAILED_HELP = "3:analysis failed (also when out of memory)";

    private ExitCode() {
    }
}
