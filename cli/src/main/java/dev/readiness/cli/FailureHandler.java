package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.repo.ScanInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a command's failure into its message on standard error and its exit code: commands
 * throw, picocli hands the exception here. Bad input, options (picocli's parameter errors too), readiness.yml or a
 * portfolio's reports are 2; an analysis that failed or ran out of memory is 3; anything else is a bug, also 3
 * (never 1, which means a failed quality gate). Messages quote paths and readiness.yml values: they are shown masked
 * and without control characters ({@link ShownText}).
 */
final class FailureHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    static final String OUT_OF_MEMORY = "out of memory; give Java more heap (java -Xmx4g -jar readiness.jar, or "
            + "READINESS_JAVA_OPTS=-Xmx4g ./readiness) or scan a smaller directory";

    @Override
    public int getExitCode(Throwable failure) {
        return isBadInput(failure) ? ExitCode.USAGE_ERROR : ExitCode.ANALYSIS_FAILED;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (isBadInput(failure)) {
            err.println("readiness: " + ShownText.of(failure.getMessage()));
        } else if (failure instanceof AnalysisException) {
            err.println("readiness: analysis failed: " + ShownText.of(failure.getMessage()));
        } else {
            err.println("readiness: internal error: " + ShownText.of(failure.toString()));
            err.println("Please report this with the command line you ran.");
            if (System.getenv("READINESS_DEBUG") != null) {
                failure.printStackTrace(err);
            }
        }
        err.flush();
        return getExitCode(failure);
    }

    /**
     * Runs the chosen command like picocli's default strategy; an {@link OutOfMemoryError}, which picocli lets
     * through, becomes a failed analysis here so it ends in one line and exit 3 instead of a stack trace.
     */
    static int runLast(ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            throw new ExecutionException(parseResult.commandSpec().commandLine(), OUT_OF_MEMORY,
                    new AnalysisException(OUT_OF_MEMORY, e));
        }
    }

    private static boolean isBadInput(Throwable failure) {
        return failure instanceof UsageException || failure instanceof ScanInputException
                || failure instanceof ConfigException || failure instanceof ParameterException
                || failure instanceof PortfolioException;
    }
}
