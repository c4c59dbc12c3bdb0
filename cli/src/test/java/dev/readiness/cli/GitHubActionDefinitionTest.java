package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * action.yml at the repository root: valid YAML, the documented inputs passed on to the scripts, the CLI built only
 * when no released jar is used, a job environment left as it was, and uploads and a comment that survive a failed gate.
 */
class GitHubActionDefinitionTest {

    static JsonNode action;

    @BeforeAll
    static void readTheAction() throws IOException {
        action = new ObjectMapper(new YAMLFactory()).readTree(ActionScript.ROOT.resolve("action.yml").toFile());
    }

    @Test
    void theInputsAndTheirDefaultsAreTheDocumentedOnes() {
        assertThat(action.get("inputs").fieldNames()).toIterable().containsExactly("path", "new-since", "baseline",
                "fail-under", "fail-on", "config", "args", "category", "comment", "github-token", "upload-sarif",
                "upload-report");
        assertThat(Map.of("path", action.at("/inputs/path/default").asText(),
                "category", action.at("/inputs/category/default").asText(),
                "comment", action.at("/inputs/comment/default").asText(),
                "github-token", action.at("/inputs/github-token/default").asText(),
                "upload-sarif", action.at("/inputs/upload-sarif/default").asText()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("path", ".", "category", "readiness", "comment", "true",
                        "github-token", "${{ github.token }}", "upload-sarif", "true"));
        assertThat(action.get("outputs").fieldNames()).toIterable().contains("score", "level", "sarif", "summary", "html");
    }

    @Test
    void itIsACompositeActionThatRunsItsScripts() {
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(steps()).extracting(step -> step.path("uses").asText())
                .contains("actions/cache@v4", "github/codeql-action/upload-sarif@v4", "actions/upload-artifact@v4");
        assertThat(steps()).extracting(step -> step.path("run").asText()).contains(
                "bash \"$GITHUB_ACTION_PATH/action/setup.sh\"", "./mvnw -B -q -DskipTests package",
                "bash \"$GITHUB_ACTION_PATH/action/run.sh\"", "bash \"$GITHUB_ACTION_PATH/action/comment.sh\"");
    }

    @Test
    void everyInputReachesTheScanScript() {
        Map<String, String> env = new TreeMap<>();
        step("scan").get("env").fields().forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));

        assertThat(env).containsAllEntriesOf(Map.of("READINESS_PATH", "${{ inputs.path }}",
                "READINESS_NEW_SINCE", "${{ inputs.new-since }}", "READINESS_BASELINE", "${{ inputs.baseline }}",
                "READINESS_FAIL_UNDER", "${{ inputs.fail-under }}", "READINESS_FAIL_ON", "${{ inputs.fail-on }}",
                "READINESS_CONFIG", "${{ inputs.config }}", "READINESS_ARGS", "${{ inputs.args }}",
                "READINESS_CATEGORY", "${{ inputs.category }}", "READINESS_UPLOAD_SARIF", "${{ inputs.upload-sarif }}"));
        assertThat(env).containsEntry("READINESS_JAR", "${{ steps.cli.outputs.jar }}")
                .containsEntry("READINESS_JAVA", "${{ steps.cli.outputs.java }}")
                .containsEntry("READINESS_PR_HEAD_REPO", "${{ github.event.pull_request.head.repo.full_name }}");
    }

    @Test
    void theCliIsBuiltOnlyWhenNoReleasedJarIsUsedAndWithAJavaHomeForThatStepAlone() {
        JsonNode cli = step("cli");
        JsonNode build = steps().stream().filter(step -> step.path("run").asText().startsWith("./mvnw"))
                .findFirst().orElseThrow();

        assertThat(cli.at("/env/READINESS_ACTION_REF").asText()).isEqualTo("${{ github.action_ref }}");
        assertThat(cli.at("/env/READINESS_ACTION_REPOSITORY").asText()).isEqualTo("${{ github.action_repository }}");
        assertThat(steps()).filteredOn(step -> step.path("if").asText().equals("steps.cli.outputs.build == 'true'"))
                .extracting(step -> step.path("name").asText())
                .containsExactly("Hash the CLI's build files", "Cache Maven dependencies", "Build the Repo Readiness CLI");
        assertThat(build.at("/env/JAVA_HOME").asText()).isEqualTo("${{ steps.cli.outputs.java-home }}");
    }

    @Test
    void nothingChangesTheJobsJavaHomeOrPathForLaterSteps() throws IOException {
        Path scripts = ActionScript.ROOT.resolve("action");

        assertThat(steps()).extracting(step -> step.path("uses").asText()).noneMatch(uses -> uses.contains("setup-java"));
        assertThat(steps()).extracting(step -> step.path("run").asText())
                .noneMatch(run -> run.contains("GITHUB_ENV") || run.contains("GITHUB_PATH"));
        assertThat(List.of("setup.sh", "run.sh", "comment.sh", "common.sh")).allSatisfy(script -> assertThat(
                Files.readString(scripts.resolve(script))).doesNotContain("GITHUB_ENV", "GITHUB_PATH"));
    }

    @Test
    void thePullRequestCommentRunsAfterAFailedGateWithTheGivenToken() {
        JsonNode comment = steps().stream().filter(step -> step.path("run").asText().contains("comment.sh"))
                .findFirst().orElseThrow();

        assertThat(comment.path("if").asText()).startsWith("always() && ").contains("inputs.comment == 'true'",
                "github.event.pull_request.number", "steps.scan.outputs.summary != ''");
        assertThat(comment.at("/env/READINESS_TOKEN").asText()).isEqualTo("${{ inputs.github-token }}");
        assertThat(comment.at("/env/READINESS_SUMMARY").asText()).isEqualTo("${{ steps.scan.outputs.summary }}");
        assertThat(comment.at("/env/READINESS_PR_NUMBER").asText()).isEqualTo("${{ github.event.pull_request.number }}");
        assertThat(comment.at("/env/READINESS_PR_HEAD_REPO").asText())
                .isEqualTo("${{ github.event.pull_request.head.repo.full_name }}");
    }

    @Test
    void theSarifIsUploadedEvenWhenTheQualityGateFailed() {
        JsonNode upload = steps().stream()
                .filter(step -> step.path("uses").asText().startsWith("github/codeql-action/upload-sarif"))
                .findFirst().orElseThrow();

        // The scan step turns the upload-sarif input into its upload-sarif output: false on a fork's pull request.
        assertThat(upload.path("if").asText()).startsWith("always() && ")
                .contains("steps.scan.outputs.upload-sarif == 'true'");
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

    @Test
    void theReadmeDocumentsEveryInputAndItsExamplesUseOnlyDeclaredOnes() throws IOException {
        String readme = Files.readString(ActionScript.ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## GitHub Action\n"),
                readme.indexOf("\n## ", readme.indexOf("\n## GitHub Action\n") + 1));
        List<String> inputs = StreamSupport.stream(((Iterable<String>) action.get("inputs")::fieldNames).spliterator(),
                false).toList();
        List<String> documented = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(section).results()
                .map(match -> match.group(1)).toList();
        List<JsonNode> examples = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(section).results()
                .map(match -> readYaml(match.group(1))).toList();
        List<JsonNode> uses = examples.stream().flatMap(example -> StreamSupport.stream(
                example.at("/jobs/readiness/steps").spliterator(), false))
                .filter(step -> step.path("uses").asText().startsWith("<owner>/<repo>@")).toList();

        assertThat(documented).containsExactlyElementsOf(inputs);
        assertThat(uses).hasSize(2).allSatisfy(step -> assertThat(step.get("with").fieldNames()).toIterable()
                .isSubsetOf(inputs));
        assertThat(uses).extracting(step -> step.at("/with/new-since").asText())
                .containsExactly("origin/${{ github.base_ref }}", "");
        assertThat(examples).extracting(example -> example.at("/permissions/pull-requests").asText())
                .containsExactly("write", "");
    }

    private static JsonNode readYaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new AssertionError("README example is not YAML: " + text, e);
        }
    }

    private static JsonNode step(String id) {
        return steps().stream().filter(step -> step.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonNode> steps() {
        return StreamSupport.stream(action.at("/runs/steps").spliterator(), false).toList();
    }
}
