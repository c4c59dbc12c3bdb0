package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** action.yml at the repository root: valid YAML, the documented inputs, and an upload that survives a failed gate. */
class GitHubActionDefinitionTest {

    static JsonNode action;

    @BeforeAll
    static void readTheAction() throws IOException {
        Path root = SampleRepository.sampleDir("legacy-shop").getParent().getParent();
        action = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("action.yml").toFile());
    }

    @Test
    void theInputsAndTheirDefaultsAreTheDocumentedOnes() {
        assertThat(action.get("inputs").fieldNames()).toIterable()
                .containsExactly("path", "fail-under", "fail-on", "config", "category", "upload-sarif", "upload-report");
        assertThat(Map.of("path", action.at("/inputs/path/default").asText(),
                "category", action.at("/inputs/category/default").asText(),
                "upload-sarif", action.at("/inputs/upload-sarif/default").asText()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("path", ".", "category", "readiness", "upload-sarif", "true"));
        assertThat(action.get("outputs").fieldNames()).toIterable().contains("score", "level", "sarif", "html");
    }

    @Test
    void itIsACompositeActionThatBuildsTheCliAndRunsTheScanScript() {
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(steps()).extracting(step -> step.path("uses").asText())
                .contains("actions/setup-java@v4", "actions/cache@v4", "github/codeql-action/upload-sarif@v3");
        assertThat(steps()).extracting(step -> step.path("run").asText())
                .contains("./mvnw -B -q -DskipTests package", "bash \"$GITHUB_ACTION_PATH/action/run.sh\"");
    }

    @Test
    void theSarifIsUploadedEvenWhenTheQualityGateFailed() {
        JsonNode upload = steps().stream()
                .filter(step -> step.path("uses").asText().startsWith("github/codeql-action/upload-sarif"))
                .findFirst().orElseThrow();

        assertThat(upload.path("if").asText()).startsWith("always() && ").contains("inputs.upload-sarif == 'true'");
        assertThat(upload.at("/with/sarif_file").asText()).isEqualTo("${{ steps.scan.outputs.sarif }}");
        assertThat(upload.at("/with/category").asText()).isEqualTo("${{ inputs.category }}");
    }

    @Test
    void theHtmlReportIsKeptAsAnArtifactEvenWhenTheQualityGateFailed() {
        JsonNode upload = steps().stream()
                .filter(step -> step.path("uses").asText().startsWith("actions/upload-artifact"))
                .findFirst().orElseThrow();

        assertThat(upload.path("uses").asText()).isEqualTo("actions/upload-artifact@v4");
        assertThat(upload.path("if").asText()).startsWith("always() && ").contains("inputs.upload-report == 'true'");
        assertThat(upload.at("/with/path").asText()).isEqualTo("${{ steps.scan.outputs.html }}");
        assertThat(upload.at("/with/name").asText()).isEqualTo("readiness-report");
    }

    private static List<JsonNode> steps() {
        return StreamSupport.stream(action.at("/runs/steps").spliterator(), false).toList();
    }
}
