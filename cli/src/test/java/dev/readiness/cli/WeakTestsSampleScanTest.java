package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.testing.ExpectMarker;
import dev.readiness.core.testing.ExpectMarkers;
import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weak-tests sample with every rule: each marked weakness is reported, and nothing else. */
class WeakTestsSampleScanTest {

    @TempDir
    Path temp;

    @Test
    void everyMarkerIsReportedAndNothingElse() throws Exception {
        Path repository = SampleRepository.materialize("weak-tests", temp.resolve("weak-tests"));
        Path sarif = temp.resolve("weak-tests.sarif");

        CliRun run = CliRun.of("scan", repository.toString(), "--format", "sarif", "--output", sarif.toString(),
                "--no-cache", "--sarif-all-notes", "--unproven-rules");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<Finding> reported = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            reported.add(new Finding(result.get("ruleId").asText(), Level.parse(result.get("level").asText()),
                    result.at("/message/text").asText(), Location.ofLine(location.at("/artifactLocation/uri").asText(),
                    location.at("/region/startLine").asInt()), List.of()));
        }
        List<ExpectMarker> markers = ExpectMarkers.markers(repository, ruleId -> true);

        assertThat(markers).hasSizeGreaterThanOrEqualTo(10);
        ExpectMarkers.assertMatch("weak-tests", markers, reported);
    }
}
