package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of scanning one repository writes the same bytes in every format: without cache on one thread, filling
 * an empty cache on four, from the per-file and commit caches, and from the last scan's reports.
 */
class ScanDeterminismTest {

    private static final List<String> REPORTS = List.of("readiness.sarif", "readiness.json", "readiness.md",
            "readiness.html", "readiness.txt");

    @TempDir
    Path temp;

    private CliRun scan(Path repository, String output, String... options) {
        List<String> arguments = new java.util.ArrayList<>(List.of("scan", repository.toString(), "--format",
                "sarif,json,md,html,text", "--output", temp.resolve(output).toString(), "--quiet"));
        arguments.addAll(List.of(options));
        CliRun run = CliRun.of(arguments.toArray(String[]::new));
        assertThat(run.exitCode()).as(output + ": " + run.err()).isZero();
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-shop", "clean-library", "layered-app", "weak-tests"})
    void threadsAndEveryCacheLeaveTheReportsByteIdentical(String sample) throws IOException {
        Path repository = SampleRepository.materialize(sample, temp.resolve(sample));
        String cache = temp.resolve("cache").toString();

        scan(repository, "uncached", "--no-cache", "--threads", "1");
        scan(repository, "filling", "--cache-dir", cache, "--threads", "4");
        deleteStoredReports(temp.resolve("cache"));
        scan(repository, "per-file", "--cache-dir", cache, "--threads", "2");
        scan(repository, "reused", "--cache-dir", cache, "--threads", "3");

        for (String report : REPORTS) {
            byte[] expected = Files.readAllBytes(temp.resolve("uncached").resolve(report));
            assertThat(Stream.of("filling", "per-file", "reused"))
                    .allSatisfy(run -> assertThat(Files.readAllBytes(temp.resolve(run).resolve(report)))
                            .as(run + "/" + report).isEqualTo(expected));
        }
    }

    /** Leaves the per-file and commit caches, so the next scan analyses from them instead of reusing reports. */
    private static void deleteStoredReports(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> reports = files.filter(file -> file.getFileName().toString().startsWith("reports-")).toList();
            assertThat(reports).hasSize(1);
            for (Path file : reports) {
                Files.delete(file);
            }
        }
    }
}
