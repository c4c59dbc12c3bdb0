package dev.readiness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI in a JVM of its own, for what an in-process {@link CliRun} cannot do: JVM options (a small heap) and a
 * process that can be killed. Output goes to files beside each other in {@code work}, so no pipe fills up.
 */
record CliProcess(Process process, Path out, Path err) {

    /** Starts {@code java <jvmOptions> -cp <the tests' class path> ReadinessMain <args>}. */
    static CliProcess start(Path work, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadinessMain.class.getName()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(work);
            Path out = Files.createTempFile(work, "cli-", ".out");
            Path err = Files.createTempFile(work, "cli-", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            return new CliProcess(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end: its exit code and what it wrote. */
    static CliRun run(Path work, List<String> jvmOptions, String... args) {
        return start(work, jvmOptions, args).finish();
    }

    /** Waits for the process to end. */
    CliRun finish() {
        try {
            int code = process.waitFor();
            return new CliRun(code, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the CLI", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
