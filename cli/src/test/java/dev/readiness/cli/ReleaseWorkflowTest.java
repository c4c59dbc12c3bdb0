package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/release.yml builds the jar on a release tag and attaches it with its checksum under the names
 * action/setup.sh downloads, so the action at that tag finds them.
 */
class ReleaseWorkflowTest {

    static JsonNode workflow;
    static String setup;

    @BeforeAll
    static void readTheWorkflowAndTheSetupScript() throws IOException {
        workflow = new ObjectMapper(new YAMLFactory())
                .readTree(ActionScript.ROOT.resolve(".github/workflows/release.yml").toFile());
        setup = Files.readString(ActionScript.ROOT.resolve("action/setup.sh"));
    }

    @Test
    void itRunsOnTheTagsTheActionTakesForReleases() {
        assertThat(workflow.at("/on/push/tags")).extracting(JsonNode::asText).containsExactly("v*");
        assertThat(setup).contains("[[ \"$1\" =~ ^v[0-9]+");
        assertThat(workflow.at("/permissions/contents").asText()).isEqualTo("write");
    }

    @Test
    void itBuildsAndTestsTheJarAndAttachesItWithItsChecksum() {
        List<String> runs = StreamSupport.stream(workflow.at("/jobs/release/steps").spliterator(), false)
                .map(step -> step.path("run").asText()).toList();

        assertThat(runs).contains("./mvnw -B verify");
        assertThat(runs).anySatisfy(run -> assertThat(run).contains("cp cli/target/readiness.jar release/readiness.jar",
                "sha256sum readiness.jar > readiness.jar.sha256"));
        assertThat(runs).anySatisfy(run -> assertThat(run).contains(
                "gh release upload \"$TAG\" release/readiness.jar release/readiness.jar.sha256 --clobber",
                "gh release create \"$TAG\" release/readiness.jar release/readiness.jar.sha256"));
        assertThat(setup).contains("local url=\"$base/$ref/readiness.jar\"", "download \"$url.sha256\"");
    }
}
