package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports carry the time of the scan only when asked, so by default the same input gives the same bytes. */
class TimestampOptionTest {

    @TempDir
    Path temp;

    private Path project() throws Exception {
        Path project = Files.createDirectories(temp.resolve("shop"));
        Files.writeString(project.resolve("Order.java"), "class Order { int total; }\n");
        return project;
    }

    @Test
    void withTimestampTheJsonAndTextSayWhenTheScanRan() throws Exception {
        Path project = project();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        CliRun json = CliRun.of("scan", project.toString(), "--timestamp", "--format", "json", "--no-cache");
        CliRun text = CliRun.of("scan", project.toString(), "--timestamp", "--no-cache");

        Instant scanned = Instant.parse(new ObjectMapper().readTree(json.out()).get("scannedAt").asText());
        assertThat(scanned).isBetween(before, Instant.now());
        assertThat(text.out().lines().skip(1).findFirst().orElseThrow()).matches(
                "Scanned at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
    }

    @Test
    void withoutItNoReportHoldsATimeAndTwoRunsGiveTheSameBytes() throws Exception {
        Path project = project();

        CliRun first = CliRun.of("scan", project.toString(), "--format", "json", "--no-cache");
        CliRun second = CliRun.of("scan", project.toString(), "--format", "json", "--no-cache");
        CliRun text = CliRun.of("scan", project.toString(), "--no-cache");

        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(report.get("scannedAt").isNull()).isTrue();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(text.out()).doesNotContain("Scanned at");
    }
}
