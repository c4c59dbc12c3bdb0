package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rescan of an unchanged repository writes the last scan's reports again instead of analysing, and ends as that
 * scan ended; anything changed, or a command line that shapes the reports otherwise, is analysed again. Each
 * answer is checked against a scan without cache.
 */
class ReportCacheTest {

    private static final String REUSED = "nothing the scan reads changed since the last scan";
    private static final List<String> REPORTS = List.of("readiness.sarif", "readiness.json", "readiness.md");

    @TempDir
    Path temp;
    private Path repository;
    private Path cache;

    @BeforeEach
    void materialize() {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        cache = temp.resolve("cache");
    }

    private CliRun scan(String output, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("scan", repository.toString(), "--cache-dir", cache.toString(),
                "--format", "sarif,json,md", "--output", temp.resolve(output).toString(), "--fail-on", "warning"));
        arguments.addAll(List.of(extra));
        return CliRun.of(arguments.toArray(String[]::new));
    }

    private CliRun scanWithoutCache(String output) {
        return CliRun.of("scan", repository.toString(), "--no-cache", "--format", "sarif,json,md", "--output",
                temp.resolve(output).toString(), "--fail-on", "warning");
    }

    private void assertSameReports(String output, String expected) throws IOException {
        for (String report : REPORTS) {
            assertThat(Files.readAllBytes(temp.resolve(output).resolve(report))).as(report)
                    .isEqualTo(Files.readAllBytes(temp.resolve(expected).resolve(report)));
        }
    }

    @Test
    void anUnchangedRescanWritesTheLastReportsAgainAndFailsTheGateAsItDid() throws IOException {
        CliRun first = scan("first");
        CliRun again = scan("again");
        CliRun uncached = scanWithoutCache("uncached");

        assertThat(first.err()).doesNotContain(REUSED);
        assertThat(again.err()).contains(REUSED);
        assertThat(List.of(first.exitCode(), again.exitCode())).containsOnly(uncached.exitCode())
                .containsOnly(ExitCode.QUALITY_GATE_FAILED);
        assertThat(gateLines(again)).isEqualTo(gateLines(first)).isEqualTo(gateLines(uncached)).isNotEmpty();
        assertSameReports("again", "uncached");
    }

    private static List<String> gateLines(CliRun run) {
        return run.err().lines().filter(line -> line.contains("--fail-on")).toList();
    }

    @Test
    void anEditedFileIsAnalysedAgain() throws IOException {
        scan("first");
        Path order = repository.resolve("src/main/java/com/example/shop/service/OrderService.java");
        Files.writeString(order, Files.readString(order) + "\nclass AddedByTheTest { }\n");

        CliRun edited = scan("edited");
        scanWithoutCache("uncached");

        assertThat(edited.err()).doesNotContain(REUSED);
        assertSameReports("edited", "uncached");
    }

    @Test
    void anotherCommandLineOrAskingForDurationsAnalysesAgain() {
        scan("first");

        CliRun fewer = scan("fewer", "--max-findings-per-rule", "1");
        CliRun timed = scan("first", "--timings");

        assertThat(fewer.err()).doesNotContain(REUSED);
        assertThat(timed.err()).doesNotContain(REUSED).contains("timings:");
    }

    @Test
    void aBrokenReportCacheIsAnalysedAgainWithTheSameReports() throws IOException {
        scan("first");
        Path stored;
        try (Stream<Path> files = Files.list(cache)) {
            stored = files.filter(file -> file.getFileName().toString().startsWith("reports-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(stored);
        Files.write(stored, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CliRun broken = scan("broken");
        scanWithoutCache("uncached");

        assertThat(broken.err()).doesNotContain(REUSED);
        assertThat(broken.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertSameReports("broken", "uncached");
    }
}
