package dev.readiness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the CLI in a fresh JVM, for what an in-process run cannot show: JVM flags, JGit's process state. */
record ScanProcess(int exitCode, String out, String err) {

    private static final long TIMEOUT_SECONDS = 120;

    static ScanProcess run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadinessMain.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("readiness-out-", ".txt");
        Path err = Files.createTempFile("readiness-err-", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("readiness " + String.join(" ", args) + " still ran after "
                        + TIMEOUT_SECONDS + " s");
            }
            return new ScanProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
