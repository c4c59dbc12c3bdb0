package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.repo.ScanInputException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
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

    /** Causes followed at most: a cause chain that loops must not hang the report of a failure. */
    private static final int MAX_CAUSES = 64;
    private static final long MEGABYTE = 1024L * 1024L;

    @Override
    public int getExitCode(Throwable failure) {
        return isBadInput(failure) ? ExitCode.USAGE_ERROR : ExitCode.ANALYSIS_FAILED;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (isBadInput(failure)) {
            err.println("readiness: " + ShownText.of(failure.getMessage()));
        } else if (outOfMemory(failure).isPresent()) {
            err.println("readiness: " + outOfMemoryAdvice(Runtime.getRuntime().maxMemory()));
        } else if (failure instanceof AnalysisException) {
            err.println("readiness: analysis failed: " + ShownText.of(failure.getMessage()));
        } else {
            Throwable bug = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            err.println("readiness: internal error: " + ShownText.of(bug.toString()));
            err.println("Please report this with the command line you ran.");
            if (System.getenv("READINESS_DEBUG") != null) {
                bug.printStackTrace(err);
            }
        }
        err.flush();
        return getExitCode(failure);
    }

    /**
     * Runs the chosen command like picocli's default strategy. Errors, which picocli lets through (out of memory, a
     * stack overflow), come back here as an execution failure so they end in one line and exit 3, never in the JVM's
     * stack trace and exit 1.
     */
    static int runLast(ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            throw new ExecutionException(parseResult.commandSpec().commandLine(), String.valueOf(e), e);
        }
    }

    /**
     * The one line for a run out of heap, e.g. "not enough memory for this repository: raise
     * READINESS_JAVA_OPTS=-Xmx512m (java -Xmx512m -jar readiness.jar); this run had 247 MB": twice the heap, rounded up
     * to a power of two.
     */
    static String outOfMemoryAdvice(long maxHeapBytes) {
        long megabytes = Math.max(1, maxHeapBytes / MEGABYTE);
        long suggested = Long.highestOneBit(2 * megabytes - 1) << 1;
        String flag = "-Xmx" + (suggested >= 1024 ? suggested / 1024 + "g" : suggested + "m");
        return String.format(Locale.ROOT, "not enough memory for this repository: raise READINESS_JAVA_OPTS=%s "
                + "(java %s -jar readiness.jar); this run had %d MB", flag, flag, megabytes);
    }

    /** The {@link OutOfMemoryError} behind {@code failure}, however deep worker threads and futures wrapped it. */
    static Optional<OutOfMemoryError> outOfMemory(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof OutOfMemoryError memory) {
                return Optional.of(memory);
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    private static boolean isBadInput(Throwable failure) {
        return failure instanceof UsageException || failure instanceof ScanInputException
                || failure instanceof ConfigException || failure instanceof ParameterException
                || failure instanceof PortfolioException;
    }
}
