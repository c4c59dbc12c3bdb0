package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the GitHub Action's scripts (action/*.sh) with bash the way action.yml runs it: in its own directory,
 * with a GITHUB_OUTPUT file, and with no GITHUB_, RUNNER_, READINESS_ or JAVA_HOME variables but those a test gives
 * (so a test run on GitHub Actions sees the same environment as one on a laptop).
 */
final class ActionScript {

    /** The repository's root: the action's own checkout. */
    static final Path ROOT = SampleRepository.sampleDir("legacy-shop").getParent().getParent();

    private ActionScript() {
    }

    /** One finished run: its exit code, standard output and error together, and where it ran. */
    record Run(int exitCode, String log, Path directory) {

        /** What the script wrote to GITHUB_OUTPUT, as written. */
        String outputs() throws IOException {
            return Files.readString(directory.resolve("github-output"), StandardCharsets.UTF_8);
        }

        /** The GITHUB_OUTPUT values by name (name=value lines). */
        Map<String, String> output() throws IOException {
            Map<String, String> values = new TreeMap<>();
            outputs().lines().map(line -> line.split("=", 2)).forEach(pair -> values.put(pair[0], pair[1]));
            return values;
        }
    }

    static Run run(Path script, Path directory, Map<String, String> variables) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path log = directory.resolve("log.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("RUNNER_")
                || name.startsWith("READINESS_") || name.startsWith("JAVA_HOME"));
        environment.put("GITHUB_OUTPUT", Files.createFile(directory.resolve("github-output")).toString());
        environment.putAll(variables);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", script.getFileName()).isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), directory);
    }

    static Run run(String script, Path directory, Map<String, String> variables) throws IOException, InterruptedException {
        return run(ROOT.resolve("action").resolve(script), directory, variables);
    }

    static boolean bashIsAvailable() {
        return succeeds("bash", "-c", "exit 0");
    }

    /** The comment script reads GitHub's JSON answers with jq, as GitHub's runners have it. */
    static boolean jqIsAvailable() {
        return succeeds("jq", "--version");
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
