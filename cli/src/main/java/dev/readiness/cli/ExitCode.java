package dev.readiness.cli;

import dev.readiness.core.engine.AnalysisException;
import java.io.PrintStream;

/** The process exit codes of the CLI contract (DESIGN.md). */
public final class ExitCode {

    public static final int OK = 0;
    public static final int QUALITY_GATE_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int ANALYSIS_FAILED = 3;

    private ExitCode() {
    }

    /**
     * Says on {@code err} why a scan could not start or finish and returns its exit code: an analysis that
     * failed is 3; bad input, options or readiness.yml are 2.
     */
    static int report(Exception failure, PrintStream err) {
        if (failure instanceof AnalysisException) {
            err.println("readiness: analysis failed: " + failure.getMessage());
            return ANALYSIS_FAILED;
        }
        err.println("readiness: " + failure.getMessage());
        return USAGE_ERROR;
    }
}
