package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.util.FileUtils;

/**
 * The reports a portfolio reads, made as an organisation's CI makes them: three samples materialised as Git
 * repositories and scanned to JSON (unproven rules on, so the rules overlap between repositories), plus a report of
 * legacy-shop twenty commits earlier, for the trend. Scanned once per test run, in a directory deleted at exit.
 */
final class PortfolioSamples {

    static final List<String> SAMPLES = List.of("layered-app", "legacy-shop", "weak-tests");
    /** The report of legacy-shop at HEAD~20, in a directory of its own as another CI run would leave it. */
    static final String OLDER_REPORT = "earlier-run/legacy-shop/readiness.json";

    private static Path reports;

    private PortfolioSamples() {
    }

    /** The reports directory: {@code <sample>/readiness.json} for each sample, and {@link #OLDER_REPORT}. */
    static synchronized Path reports() {
        if (reports == null) {
            reports = scanAll();
        }
        return reports;
    }

    /** The current report of {@code sample}, as JSON. */
    static JsonNode report(String sample) {
        return json(reports().resolve(sample).resolve("readiness.json"));
    }

    static JsonNode olderReport() {
        return json(reports().resolve(OLDER_REPORT));
    }

    /** A copy of the reports directory under {@code target}, to add or spoil files in. */
    static Path copy(Path target) throws IOException {
        try (var files = Files.walk(reports())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(reports().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scanAll() {
        try {
            Path work = Files.createTempDirectory("readiness-portfolio-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work.toFile())));
            Path out = work.resolve("reports");
            SAMPLES.forEach(sample -> scan(SampleRepository.materialize(sample, work.resolve("repos").resolve(sample)),
                    out.resolve(sample).resolve("readiness.json")));
            Path older = SampleRepository.materialize("legacy-shop", work.resolve("older").resolve("legacy-shop"));
            try (Git git = Git.open(older.toFile())) {
                git.reset().setMode(ResetType.HARD).setRef("HEAD~20").call();
            }
            scan(older, out.resolve(OLDER_REPORT));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void scan(Path repository, Path report) {
        try {
            Files.createDirectories(report.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--output", report.toString(),
                "--unproven-rules", "--no-cache", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    private static void delete(File directory) {
        try {
            FileUtils.delete(directory, FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
