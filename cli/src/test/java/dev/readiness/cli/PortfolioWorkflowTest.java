package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/**
 * docs/portfolio-workflow.yml, the README's example of scanning many repositories on GitHub Actions: a matrix job per
 * repository runs the project's action and keeps its JSON report, a last job downloads them all and runs
 * {@code readiness portfolio}. Checked against action.yml and the real command tree, so it cannot go stale.
 */
class PortfolioWorkflowTest {

    /** The action as the README references it. */
    private static final String ACTION = "<owner>/<repo>@v1";
    /** A shell word: double- or single-quoted, or bare. */
    private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|'[^']*'|\\S+");
    private static final Pattern QUOTED = Pattern.compile("^([\"'])(.*)\\1$");

    static Path root;
    static JsonNode workflow;
    static JsonNode action;

    @BeforeAll
    static void readTheWorkflowAndTheAction() throws IOException {
        root = SampleRepository.sampleDir("legacy-shop").getParent().getParent();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        workflow = yaml.readTree(root.resolve("docs/portfolio-workflow.yml").toFile());
        action = yaml.readTree(root.resolve("action.yml").toFile());
    }

    @Test
    void theScanJobRunsTheActionOncePerRepositoryOfTheMatrixOnACheckoutWithHistory() {
        JsonNode scan = workflow.at("/jobs/scan");
        JsonNode checkout = step(scan, "actions/checkout@v4");
        JsonNode readiness = step(scan, ACTION);

        assertThat(scan.at("/strategy/matrix/repository")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(scan.at("/strategy/fail-fast").asBoolean(true)).isFalse();
        assertThat(checkout.at("/with/repository").asText()).isEqualTo("${{ matrix.repository }}");
        assertThat(checkout.at("/with/fetch-depth").asInt()).isZero();
        assertThat(checkout.at("/with/path").asText()).endsWith("${{ matrix.repository }}");
        assertThat(readiness.at("/with/path").asText()).isEqualTo(checkout.at("/with/path").asText());
        assertThat(readiness.at("/with/upload-sarif").asText()).isEqualTo("false");
        assertThat(readiness.at("/with/upload-report").asText()).isEqualTo("false");
    }

    @Test
    void itGivesTheActionOnlyInputsActionYmlDeclares() throws IOException {
        assertThat(names(step(workflow.at("/jobs/scan"), ACTION).get("with"))).isSubsetOf(names(action.get("inputs")));
        assertThat(Files.readString(root.resolve("README.md"))).contains("uses: " + ACTION);
    }

    @Test
    void eachScanKeepsTheActionsJsonReportAsAnArtifactOfItsOwn() throws IOException {
        JsonNode scan = workflow.at("/jobs/scan");
        String id = step(scan, ACTION).get("id").asText();
        JsonNode upload = step(scan, "actions/upload-artifact@v4");

        assertThat(action.at("/outputs/json/value").asText()).isEqualTo("${{ steps.scan.outputs.json }}");
        assertThat(Files.readString(root.resolve("action/run.sh"))).contains("formats=\"sarif,json,md,html\"",
                "echo \"json=$output_dir/readiness.json\"");
        assertThat(upload.at("/with/path").asText()).isEqualTo("${{ steps." + id + ".outputs.json }}");
        assertThat(upload.path("if").asText()).startsWith("always()");
        assertThat(upload.at("/with/name").asText()).contains("${{ strategy.job-index }}");
    }

    @Test
    void thePortfolioJobNeedsTheScansAndDownloadsWhatTheyUploaded() {
        JsonNode portfolio = workflow.at("/jobs/portfolio");
        JsonNode download = step(portfolio, "actions/download-artifact@v4");
        String uploaded = step(workflow.at("/jobs/scan"), "actions/upload-artifact@v4").at("/with/name").asText()
                .replace("${{ strategy.job-index }}", "2");

        assertThat(portfolio.get("needs").asText()).isEqualTo("scan");
        assertThat(portfolio.get("if").asText()).contains("!cancelled()");
        assertThat(FileSystems.getDefault().getPathMatcher("glob:" + download.at("/with/pattern").asText())
                .matches(Path.of(uploaded))).as(uploaded).isTrue();
        assertThat(download.at("/with/path").asText()).isEqualTo("reports");
    }

    @Test
    void everyReadinessCommandLineParsesWithTheRealCommandsAndThePortfolioReadsTheDownload() {
        List<List<String>> commands = readinessCommands();
        String downloaded = step(workflow.at("/jobs/portfolio"), "actions/download-artifact@v4").at("/with/path")
                .asText();

        assertThat(commands).hasSizeGreaterThanOrEqualTo(2);
        assertThat(commands).allSatisfy(arguments -> {
            ParseResult parsed = CommandTree.all(80).get(0).parseArgs(arguments.toArray(String[]::new));
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("portfolio");
            assertThat(parsed.subcommand().matchedPositional(0).getValue().toString()).isEqualTo(downloaded);
        });
        assertThat(commands).anySatisfy(arguments -> assertThat(arguments).containsSubsequence("--output",
                step(workflow.at("/jobs/portfolio"), "actions/upload-artifact@v4").at("/with/path").asText()));
    }

    @Test
    void noRunScriptExpandsAnExpressionInline() {
        // ${{ }} inside run: is pasted into the script before it runs: a repository name could inject commands
        assertThat(runScripts()).isNotEmpty().allSatisfy(script -> assertThat(script).doesNotContain("${{"));
    }

    /** The arguments after 'readiness' (or '.../readiness') on every line of every run: script. */
    private static List<List<String>> readinessCommands() {
        return runScripts().stream().flatMap(String::lines).map(PortfolioWorkflowTest::words)
                .filter(words -> !words.isEmpty() && words.get(0).matches("(.*/)?readiness"))
                .map(words -> words.subList(1, words.size())).toList();
    }

    /** The shell words of a line up to the first redirection or pipe, quotes removed. */
    private static List<String> words(String line) {
        return WORD.matcher(line).results().map(word -> QUOTED.matcher(word.group()).replaceAll("$2"))
                .takeWhile(word -> !word.matches(">>?|\\||&&|;|2>.*")).toList();
    }

    private static List<String> runScripts() {
        return StreamSupport.stream(workflow.get("jobs").spliterator(), false)
                .flatMap(job -> StreamSupport.stream(job.get("steps").spliterator(), false))
                .filter(step -> step.has("run")).map(step -> step.get("run").asText()).toList();
    }

    private static JsonNode step(JsonNode job, String uses) {
        return StreamSupport.stream(job.get("steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().equals(uses)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
