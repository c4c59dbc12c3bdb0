package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code --format pdf} finds its browser, and what it says when there is none. */
class PdfPrinterTest {

    @TempDir
    Path work;

    private Path executable(String name) throws IOException {
        Path file = Files.writeString(work.resolve(name), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void theVariableWinsAndThePathIsSearchedOtherwise() throws IOException {
        executable("chromium-browser");
        Path configured = executable("my-chrome");

        assertThat(PdfPrinter.locate(Map.of("PATH", work.toString()))).isPresent();
        assertThat(PdfPrinter.locate(Map.of("READINESS_CHROMIUM", configured.toString(), "PATH", ""))).isPresent();
        assertThat(PdfPrinter.locate(Map.of("READINESS_CHROMIUM", work.resolve("absent").toString(),
                "PATH", work.toString()))).isEmpty();
        assertThat(PdfPrinter.locate(Map.of("PATH", work.resolve("empty").toString()))).isEmpty();
    }

    @Test
    void withoutABrowserThePdfFailsBeforeTheScanWithWhatToDo() {
        CliRun toTheTerminal = CliRun.of("scan", work.toString(), "--format", "pdf");

        assertThat(toTheTerminal.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(toTheTerminal.err()).isEqualTo("readiness: --format pdf writes a file: give --output FILE.pdf or "
                + "--output DIR\n");
        assertThat(PdfPrinter.missingMessage()).contains("READINESS_CHROMIUM", "--format html");
    }
}
