package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        CliRun uncached = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "sarif,json",
                "--output", temp.resolve("uncached").toString(), "--timings");

        assertThat(fresh.err()).contains("cache hits 0 of 14");
        assertThat(again.err()).contains("cache hits 14 of 14");
        assertThat(uncached.err()).contains("cache off");
        for (String report : new String[] {"readiness.sarif", "readiness.json"}) {
            assertThat(Files.readAllBytes(temp.resolve("second").resolve(report)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("first").resolve(report)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("uncached").resolve(report)));
        }
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

        CliRun run = CliRun.of("scan", repository.toString(), "--cache-dir", inside.toString(), "--format", "sarif",
                "--output", temp.resolve("out.sarif").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(inside).doesNotExist();
        assertThat(Files.readString(temp.resolve("out.sarif"))).contains("caching is off so nothing is written there");
    }

    private CliRun scan(Path repository, Path cache, String output) {
        CliRun run = CliRun.of("scan", repository.toString(), "--cache-dir", cache.toString(), "--format", "sarif,json",
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
