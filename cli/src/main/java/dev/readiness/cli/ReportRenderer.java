package dev.readiness.cli;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.report.GitHubContext;
import dev.readiness.core.report.JsonReportWriter;
import dev.readiness.core.report.MarkdownReportWriter;
import dev.readiness.core.report.html.HtmlReportWriter;
import dev.readiness.core.report.SarifWriter;
import dev.readiness.core.report.TextReportWriter;
import java.nio.charset.StandardCharsets;

/** Renders one format of a result to bytes, with the writers of analyzer-core's report package. */
final class ReportRenderer {

    private static final int TEXT_WIDTH = 120;

    private ReportRenderer() {
    }

    /**
     * @param withTimings the JSON report also gets the stage durations (then it differs from run to run)
     * @param allNotes the SARIF report keeps every note, even when they outnumber errors and warnings
     */
    static byte[] render(ReportFormat format, AnalysisResult result, boolean withTimings, boolean allNotes) {
        return switch (format) {
            case TEXT -> new TextReportWriter(TEXT_WIDTH).render(result).getBytes(StandardCharsets.UTF_8);
            case SARIF -> new SarifWriter(SarifWriter.Options.DEFAULTS.withAllNotes(allNotes)).toBytes(result);
            case JSON -> new JsonReportWriter(withTimings).toBytes(result);
            // On GitHub Actions the links point at the scanned commit on GitHub.
            case MD -> new MarkdownReportWriter(GitHubContext.from(System.getenv()).orElse(null)).toBytes(result);
            case HTML -> new HtmlReportWriter().toBytes(result);
            case PDF -> throw new IllegalArgumentException("the PDF is printed from the HTML report by PdfPrinter");
        };
    }
}
