package dev.readiness.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.metrics.FileRisk;
import dev.readiness.core.report.JsonReportWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** codeHealth.files[] in the JSON report: each file's risk and the recent changes it rests on, only with history. */
class FileRiskJsonTest {

    @Test
    void withHistoryEachFileHasItsRiskFromItsSizeAndRecentChanges() throws Exception {
        JsonNode files = files(new JsonReportWriter().toBytes(ReportFixtures.result()));

        // the fixtures' order file: 400 lines, 12 changes since 2025-05-22; the util file never changed recently
        JsonNode order = byPath(files, ReportFixtures.ORDER);
        assertThat(order.get("recentChanges").asInt()).isEqualTo(12);
        assertThat(order.get("risk").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(FileRisk.of(400, 12)).setScale(3, RoundingMode.HALF_UP));
        assertThat(byPath(files, ReportFixtures.UTIL).get("recentChanges").asInt()).isZero();
    }

    @Test
    void withoutHistoryNoFileHasARisk() throws Exception {
        JsonNode files = files(new JsonReportWriter().toBytes(
                ReportFixtures.result(ReportFixtures.findings(), RepositoryOverview.EMPTY)));

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file.has("risk")).isFalse());
    }

    private static JsonNode byPath(JsonNode files, String path) {
        for (JsonNode file : files) {
            if (file.get("path").asText().equals(path)) {
                return file;
            }
        }
        throw new AssertionError("no file " + path);
    }

    private static JsonNode files(byte[] json) throws Exception {
        return new ObjectMapper().readTree(json).get("codeHealth").get("files");
    }
}
