package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reports of a sample repository, written by the CLI as a user would run it. */
final class SampleReports {

    private SampleReports() {
    }

    /**
     * Materialises {@code sample} (with its history) under {@code work}, scans it to the HTML and JSON reports and
     * returns the directory holding readiness.html and readiness.json; {@code options} are added to the scan.
     */
    static Path htmlAndJson(Path work, String sample, String... options) {
        Path repository = SampleRepository.materialize(sample, work.resolve(sample));
        Path out = work.resolve(sample + "-reports");
        List<String> arguments = new ArrayList<>(List.of("scan", repository.toString(), "--format", "html,json",
                "--output", out.toString(), "--no-cache", "--quiet"));
        arguments.addAll(List.of(options));
        CliRun run = CliRun.of(arguments.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
