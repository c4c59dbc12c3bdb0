package dev.readiness.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the HTML report to PDF with a headless Chromium (its print stylesheet: the summary, every section and the
 * most important findings). The browser is our tool, never the scanned repository's: the page is written to a
 * temporary directory of its own, read there and deleted.
 */
final class PdfPrinter {

    static final String CHROMIUM_VARIABLE = "READINESS_CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path chromium;

    private PdfPrinter(Path chromium) {
        this.chromium = chromium;
    }

    /** The printer, when READINESS_CHROMIUM or the PATH names an executable Chromium or Chrome. */
    static Optional<PdfPrinter> locate(Map<String, String> environment) {
        String configured = environment.get(CHROMIUM_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(new PdfPrinter(path)) : Optional.empty();
        }
        return Stream.of(environment.getOrDefault("PATH", "").split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name))).filter(Files::isExecutable).findFirst()
                .map(PdfPrinter::new);
    }

    /** Why there is no printer, and what to do about it. */
    static String missingMessage() {
        return "--format pdf prints the HTML report with a headless Chromium or Chrome, and none was found on the PATH;"
                + " install one (Debian: apt-get install chromium) or set " + CHROMIUM_VARIABLE + " to its executable,"
                + " or write --format html and print it from a browser";
    }

    /** The PDF of {@code html}; fails with a message when the browser does not produce one in time. */
    byte[] print(byte[] html) throws UsageException {
        Path work = null;
        try {
            work = Files.createTempDirectory("readiness-pdf");
            Path page = Files.write(work.resolve("readiness.html"), html);
            Path pdf = work.resolve("readiness.pdf");
            Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                    "--no-pdf-header-footer", "--user-data-dir=" + work.resolve("profile"),
                    "--print-to-pdf=" + pdf, page.toUri().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
                throw new UsageException(chromium + " did not print the PDF within " + TIMEOUT_SECONDS + " s");
            }
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new UsageException(chromium + " printed no PDF (exit code " + browser.exitValue() + ")");
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UsageException("cannot print the PDF with " + chromium + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while printing the PDF", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is not worth failing the report for
        }
    }
}
