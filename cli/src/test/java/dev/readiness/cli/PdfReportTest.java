package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --format pdf} prints the HTML report through a real headless Chromium: the executive summary on the first
 * page, then the sections and a page or more of the most important findings, as the JSON report ranks them.
 */
@ExtendWith(BrowserAvailability.class)
class PdfReportTest {

    @TempDir
    Path work;

    @Test
    void thePdfHasTheSummaryFirstAndThenPagesOfFindings() throws IOException {
        Path repository = SampleRepository.materialize("legacy-shop", work.resolve("legacy-shop"));
        Path out = work.resolve("reports");

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "pdf,json", "--output",
                out.toString(), "--no-cache", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("readiness.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String firstPage = stripper.getText(pdf).replaceAll("\\s+", " ");
            stripper.setStartPage(2);
            stripper.setEndPage(pdf.getNumberOfPages());
            String rest = stripper.getText(pdf).replaceAll("\\s+", " ");

            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(firstPage).contains("Summary", "legacy-shop scores " + Math.round(
                    json.at("/score/overall").asDouble()) + " of 100", "fixes worth the most");
            assertThat(rest).contains("All " + json.at("/summary/total").asText() + " findings, the biggest score gain "
                    + "first").contains("OrderService.java:33");
        }
    }
}
