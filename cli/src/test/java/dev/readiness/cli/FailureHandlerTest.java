package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.repo.ScanInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Failures of any command end in one message on standard error and the documented exit code. */
class FailureHandlerTest {

    private static final String MEMORY_LINE = "readiness: "
            + FailureHandler.outOfMemoryAdvice(Runtime.getRuntime().maxMemory()) + "\n";

    @Test
    void badInputIsTwoAndEverythingElseIsThreeNeverOne() {
        FailureHandler handler = new FailureHandler();

        assertThat(List.of(new UsageException("u"), new ScanInputException("s"), new ConfigException("f", "c", null),
                new CommandLine.ParameterException(new CommandLine(new OutOfMemory()), "p"), new AnalysisException("a", null),
                new OutOfMemoryError(), new IllegalStateException()))
                .extracting(handler::getExitCode)
                .containsExactly(2, 2, 2, 2, 3, 3, 3);
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitThree() {
        Run run = Run.of(new OutOfMemory());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).isEqualTo(MEMORY_LINE);
    }

    /** How worker threads, thread pools and futures hand an OutOfMemoryError back to the thread that waits. */
    static Stream<Exception> wrappedOutOfMemory() {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        return Stream.of(new java.util.concurrent.ExecutionException(memory), new CompletionException(memory),
                new RuntimeException(new CompletionException(memory)), new AnalysisException("parsing failed: "
                        + memory, memory), new IllegalStateException(new java.util.concurrent.ExecutionException(memory)));
    }

    @ParameterizedTest
    @MethodSource("wrappedOutOfMemory")
    void outOfMemoryWrappedOnItsWayFromAWorkerThreadIsStillTheOneMemoryLine(Exception wrapped) {
        Run run = Run.of(new Throwing(wrapped));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).isEqualTo(MEMORY_LINE);
    }

    @Test
    void theMemoryLineSuggestsTwiceTheHeapRoundedUpToAPowerOfTwo() {
        assertThat(List.of(247L, 256L, 1000L, 3900L)).extracting(megabytes -> FailureHandler.outOfMemoryAdvice(
                megabytes * 1024 * 1024)).containsExactly(
                "not enough memory for this repository: raise READINESS_JAVA_OPTS=-Xmx512m "
                        + "(java -Xmx512m -jar readiness.jar); this run had 247 MB",
                "not enough memory for this repository: raise READINESS_JAVA_OPTS=-Xmx512m "
                        + "(java -Xmx512m -jar readiness.jar); this run had 256 MB",
                "not enough memory for this repository: raise READINESS_JAVA_OPTS=-Xmx2g "
                        + "(java -Xmx2g -jar readiness.jar); this run had 1000 MB",
                "not enough memory for this repository: raise READINESS_JAVA_OPTS=-Xmx8g "
                        + "(java -Xmx8g -jar readiness.jar); this run had 3900 MB");
    }

    @Test
    void aStackOverflowIsAnInternalErrorWithoutAStackTrace() {
        Run run = Run.of(new Overflowing());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).isEqualTo("readiness: internal error: java.lang.StackOverflowError: too deep\n"
                + "Please report this with the command line you ran.\n");
    }

    @Test
    void aFailedAnalysisSaysSoInOneLine() {
        Run run = Run.of(new Throwing(new AnalysisException("parsing failed: boom", null)));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).isEqualTo("readiness: analysis failed: parsing failed: boom\n");
    }

    @Test
    void aBugIsAnInternalErrorWithoutAStackTrace() {
        Run run = Run.of(new Throwing(new IllegalStateException("no such state")));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).isEqualTo("readiness: internal error: java.lang.IllegalStateException: no such state\n"
                + "Please report this with the command line you ran.\n");
    }

    /** A real command that fails the way a scan can. */
    @Command(name = "failing")
    static final class Throwing implements Callable<Integer> {

        private final Exception failure;

        Throwing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    /** A command whose stack overflows, which picocli does not catch either. */
    @Command(name = "deep")
    static final class Overflowing implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new StackOverflowError("too deep");
        }
    }

    /** A command that runs out of heap, which picocli itself does not catch. */
    @Command(name = "hungry")
    static final class OutOfMemory implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private record Run(int exitCode, String out, String err) {

        static Run of(Object command) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Streams streams = new Streams(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            int code = ReadinessMain.configure(new CommandLine(command), streams).execute();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
