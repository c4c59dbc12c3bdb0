package dev.readiness.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.TrackRecord;
import dev.readiness.core.report.JsonReportWriter;
import dev.readiness.core.report.TextReportWriter;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The track record a scan with --track-record shows, the same facts in the text, JSON and HTML reports. */
class TrackRecordReportTest {

    private static final TrackRecord JUDGED = new TrackRecord("8f4107953d0123456789abcdef0123456789abcd",
            Instant.parse("2025-08-21T08:30:38Z"), Instant.parse("2026-08-20T22:32:24Z"), "12 months", 230, 5000, 112,
            true, 10, 0.04, 0.31, 0.851, 0.764, 0.846, null);

    @Test
    void theTextReportSaysWhatTheFlaggedFilesReceivedAndHowTheRankingsCompare() {
        String text = new TextReportWriter().render(ReportFixtures.result().withTrackRecord(JUDGED));

        assertThat(text).contains("Track record of the hotspot ranking (backtest, 12 months)\n"
                + "  On 2025-08-21 (8f4107953d) the hotspot rule would have flagged 10 files, 4 % of the code;\n"
                + "  they received 31 % of the fix touches of the 230 defect fixes up to 2026-08-20.\n"
                + "  Foretelling which files got a fix (AUC; 0.5 is chance, 1 perfect):\n"
                + "  file risk (the hotspot ranking) 0.85, change count alone 0.76, size alone 0.85.\n");
    }

    @Test
    void theJsonReportCarriesTheMeasuresAndLeavesTheSectionOutWhenNotAsked() throws Exception {
        JsonReportWriter writer = new JsonReportWriter(false);
        JsonNode record = new ObjectMapper().readTree(writer.toBytes(ReportFixtures.result().withTrackRecord(JUDGED)))
                .get("trackRecord");

        assertThat(record.get("t0Commit").asText()).isEqualTo(JUDGED.t0Commit());
        assertThat(record.get("flaggedHotspots").get("fixShare").decimalValue()).isEqualByComparingTo("0.310");
        assertThat(record.get("auc").get("changes").decimalValue()).isEqualByComparingTo("0.764");
        assertThat(record.get("auc").get("risk").decimalValue()).isEqualByComparingTo("0.851");
        assertThat(new ObjectMapper().readTree(writer.toBytes(ReportFixtures.result())).has("trackRecord")).isFalse();
    }

    @Test
    void theHtmlReportShowsItUnderTheHotspotsOrSaysWhyThereIsNone() {
        Document judged = Jsoup.parse(new HtmlReportWriter().render(ReportFixtures.result().withTrackRecord(JUDGED)));
        AnalysisResult shallow = ReportFixtures.result().withTrackRecord(TrackRecord.unavailable(
                "the repository is a shallow clone"));
        Document unavailable = Jsoup.parse(new HtmlReportWriter().render(shallow));

        assertThat(judged.select("#hotspots #track-record p").text())
                .startsWith("On 2025-08-21 (8f4107953d) the hotspot rule would have flagged 10 files, 4 % of the code;")
                .endsWith("file risk (the hotspot ranking) 0.85, change count alone 0.76, size alone 0.85.");
        assertThat(unavailable.select("#track-record p").text())
                .isEqualTo("Not available: the repository is a shallow clone");
        assertThat(Jsoup.parse(new HtmlReportWriter().render(ReportFixtures.result())).select("#track-record")).isEmpty();
    }
}
