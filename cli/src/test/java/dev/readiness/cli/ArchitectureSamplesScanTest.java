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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two architecture samples with every rule: layered-app's bypass, cycle and forbidden JDBC use are
 * reported and nothing else; clean-library, the same application put right, gets no finding at all.
 */
class ArchitectureSamplesScanTest {

    @TempDir
    Path temp;

    @Test
    void layeredAppReportsEveryMarkedArchitectureProblemAndNothingElse() throws IOException {
        Path repository = SampleRepository.materialize("layered-app", temp.resolve("layered-app"));

        List<Finding> reported = scan(repository);
        List<ExpectMarker> markers = ExpectMarkers.markers(repository, ruleId -> true);

        ExpectMarkers.assertMatch("layered-app", markers, reported);
        assertThat(markers).extracting(ExpectMarker::ruleId).contains("architecture/inferred-layer-violation",
                "architecture/package-cycle", "architecture/forbidden-dependency");
    }

    @Test
    void cleanLibraryHasNoFindingAndNamesItsConfiguration() throws IOException {
        Path repository = SampleRepository.materialize("clean-library", temp.resolve("clean-library"));

        assertThat(scan(repository)).extracting(Finding::ruleId, Finding::message).isEmpty();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("readiness.json").toFile());
        assertThat(json.get("config").asText()).isEqualTo("readiness.yml");
        assertThat(json.get("architectureAnalysis").asText()).isEqualTo("source");
    }

    private List<Finding> scan(Path repository) throws IOException {
        // every note too: the markers name them all, and by default SARIF keeps no more notes than warnings
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "sarif,json", "--output", temp.toString(),
                "--no-cache", "--sarif-all-notes", "--unproven-rules");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<Finding> reported = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(temp.resolve("readiness.sarif").toFile()).at("/runs/0/results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            reported.add(new Finding(result.get("ruleId").asText(), Level.parse(result.get("level").asText()),
                    result.at("/message/text").asText(), Location.ofLine(location.at("/artifactLocation/uri").asText(),
                    location.at("/region/startLine").asInt()), List.of()));
        }
        return reported;
    }
}
