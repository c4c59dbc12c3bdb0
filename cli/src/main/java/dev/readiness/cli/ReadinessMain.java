package dev.readiness.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class ReadinessMain {

    private ReadinessMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.console() != null));
    }

    /** Runs one command line; {@code interactive} says whether stderr is a terminal (for progress). */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
        return commandLine(new Streams(out, err, interactive)).execute(args);
    }

    /** The whole command tree, writing to {@code streams}. */
    static CommandLine commandLine(Streams streams) {
        return configure(new CommandLine(ReadinessCommand.class, new CommandFactory(streams)), streams);
    }

    /** Output streams, error handling and exit codes for a command and its subcommands (added before this). */
    static CommandLine configure(CommandLine commandLine, Streams streams) {
        FailureHandler failures = new FailureHandler();
        return commandLine.setOut(new PrintWriter(streams.out(), true))
                .setErr(new PrintWriter(streams.err(), true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(failures)
                .setExitCodeExceptionMapper(failures)
                .setExecutionStrategy(FailureHandler::runLast);
    }
}
