package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rescans reuse per-file results by content, and give exactly the reports a fresh scan gives. */
class CacheTest {

    @TempDir
    Path temp;

    @Test
    void anUnchangedRescanComesFromTheCacheAndWritesTheSameReports() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path cache = temp.resolve("cache");

        CliRun fresh = scan(repository, cache, "first");
        CliRun again = scan(repository, cache, "second");
        CliRun uncached = CliRun.of("scan", repository.toString(), "--unproven-rules", "--no-cache", "--format", "sarif,json",
                "--output", temp.resolve("uncached").toString(), "--timings");

        assertThat(fresh.err()).contains("cache hits 0 of 14");
        assertThat(again.err()).contains("cache hits 14 of 14");
        assertThat(uncached.err()).contains("cache off");
        assertThat(Files.readAllBytes(temp.resolve("second").resolve("readiness.sarif")))
                .isEqualTo(Files.readAllBytes(temp.resolve("first").resolve("readiness.sarif")))
                .isEqualTo(Files.readAllBytes(temp.resolve("uncached").resolve("readiness.sarif")));
        // --timings adds the stage durations to the JSON report; everything else is the same
        assertThat(withoutTimings("second")).isEqualTo(withoutTimings("first")).isEqualTo(withoutTimings("uncached"));
    }

    @Test
    void withTimingsTheJsonReportHasEveryStageDuration() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));

        scan(repository, temp.resolve("cache"), "timed");

        JsonNode stages = new ObjectMapper().readTree(temp.resolve("timed/readiness.json").toFile()).get("stageMillis");
        assertThat(stages.fieldNames()).toIterable()
                .containsExactly("bytecode", "cache", "files", "history", "repository-rules", "score", "source");
        assertThat(stages.elements()).toIterable().allSatisfy(millis -> assertThat(millis.asLong()).isNotNegative());
    }

    private JsonNode withoutTimings(String output) throws IOException {
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(temp.resolve(output).resolve("readiness.json").toFile());
        assertThat(report.remove("stageMillis")).as("stage durations in " + output).isNotNull();
        return report;
    }

    @Test
    void aChangedFileIsAnalysedAgainAndItsNewFindingsReported() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path cache = temp.resolve("cache");
        scan(repository, cache, "before");
        Path orderService = repository.resolve("src/main/java/com/example/shop/service/OrderService.java");
        Files.writeString(orderService, Files.readString(orderService)
                .replace("System.out.println(\"Cancelled order \" + orderId);", "")
                .replace("// expect: hygiene/console-logging", ""));

        CliRun after = scan(repository, cache, "after");

        assertThat(after.err()).contains("cache hits 13 of 14");
        assertThat(ruleIds(temp.resolve("before/readiness.json"))).contains("hygiene/console-logging");
        assertThat(ruleIds(temp.resolve("after/readiness.json"))).doesNotContain("hygiene/console-logging")
                .contains("modularity/complex-method");
    }

    @Test
    void aCacheDirectoryInsideTheScannedRepositoryIsNeverWritten() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path inside = repository.resolve(".cache");

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--cache-dir", inside.toString(), "--format", "sarif",
                "--output", temp.resolve("out.sarif").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(inside).doesNotExist();
        assertThat(Files.readString(temp.resolve("out.sarif"))).contains("caching is off so nothing is written there");
    }

    private CliRun scan(Path repository, Path cache, String output) {
        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--cache-dir", cache.toString(), "--format", "sarif,json",
                "--output", temp.resolve(output).toString(), "--timings");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    private static List<String> ruleIds(Path jsonReport) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(jsonReport.toFile()).get("findings")
                .forEach(finding -> ids.add(finding.get("ruleId").asText()));
        return ids;
    }
}
