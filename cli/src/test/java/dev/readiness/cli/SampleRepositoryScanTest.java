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
import dev.readiness.core.testing.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the legacy-shop sample, materialised as a real Git repository: every
 * {@code expect:} marker is reported, nothing else is, the SARIF validates, and output is deterministic.
 */
class SampleRepositoryScanTest {

    @TempDir
    static Path temp;

    static Path repository;
    static Path reports;
    static CliRun scan;

    @BeforeAll
    static void scanTheSample() throws Exception {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
        reports = temp.resolve("reports");
        // all notes in SARIF too: the markers name every finding, notes of rules below the precision bar included
        scan = CliRun.of("scan", repository.toString(), "--format", "text,sarif,json,md,html", "--output",
                reports.toString(), "--sarif-all-notes", "--unproven-rules");
    }

    @Test
    void everyMarkerIsReportedAndNothingElse() throws IOException {
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        List<Finding> reported = new ArrayList<>();
        for (JsonNode result : sarif().at("/runs/0/results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            reported.add(new Finding(result.get("ruleId").asText(), Level.parse(result.get("level").asText()),
                    result.at("/message/text").asText(), Location.ofLine(location.at("/artifactLocation/uri").asText(),
                    location.at("/region/startLine").asInt()), List.of()));
        }
        List<ExpectMarker> markers = ExpectMarkers.markers(repository, ruleId -> true);

        assertThat(markers).hasSizeGreaterThanOrEqualTo(8);
        ExpectMarkers.assertMatch("legacy-shop", markers, reported);
    }

    @Test
    void theSarifValidatesAgainstTheSchemaAndCarriesFingerprints() throws IOException {
        JsonNode sarif = sarif();

        List<String> errors = SarifSchema.validate(sarif);

        assertThat(errors).isEmpty();
        assertThat(sarif.at("/runs/0/results")).isNotEmpty().allSatisfy(result -> {
            assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]+:\\d+");
            assertThat(result.at("/partialFingerprints/readiness~1v2").asText()).matches("[0-9a-f]{32}");
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                    .isEqualTo("%SRCROOT%");
        });
    }

    @Test
    void twoScansOfTheSameCommitAreByteIdentical() throws IOException {
        Path second = temp.resolve("second");
        Path elsewhere = SampleRepository.materialize("legacy-shop", temp.resolve("elsewhere/legacy-shop"));

        CliRun again = CliRun.of("scan", elsewhere.toString(), "--sarif-all-notes", "--unproven-rules", "--format", "sarif,json,md,html",
                "--output", second.toString(), "--threads", "1");

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(List.of("readiness.sarif", "readiness.json", "readiness.md", "readiness.html"))
                .allSatisfy(report -> assertThat(Files.readAllBytes(second.resolve(report))).as(report)
                        .isEqualTo(Files.readAllBytes(reports.resolve(report))));
    }

    @Test
    void theTextSummaryNamesTheWorstPlacesAndHowToLearnMore() throws IOException {
        String text = Files.readString(reports.resolve("readiness.txt"));

        assertThat(text).contains("legacy-shop @ main")
                .contains("Findings: 37 (6 warnings, 31 notes)")
                .contains("README.md:1")
                .contains("[context/agent-instructions-missing] No agent instruction file")
                .contains("[history/hotspot] Hotspot #1 of 2")
                .contains("Run 'readiness rules <rule-id>'");
    }

    @Test
    void theScannedRepositoryIsNeverWrittenTo() throws Exception {
        Path untouched = SampleRepository.materialize("legacy-shop", temp.resolve("untouched/legacy-shop"));
        Map<String, String> before = listing(untouched);

        CliRun run = CliRun.of("scan", untouched.toString(), "--format", "sarif", "--output",
                temp.resolve("untouched.sarif").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(listing(untouched)).isEqualTo(before);
    }

    @Test
    void theQualityGateFailsOnWarningsButNotOnErrors() {
        CliRun onWarning = CliRun.of("scan", repository.toString(), "--fail-on", "warning");
        CliRun onError = CliRun.of("scan", repository.toString(), "--fail-on", "error");

        assertThat(onWarning.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(onWarning.err()).contains("quality gate failed: 6 finding(s) at level warning or worse");
        assertThat(onError.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aSubdirectoryScanKeepsRepositoryRelativePaths() throws IOException {
        Path sarifFile = temp.resolve("service.sarif");

        CliRun run = CliRun.of("scan", repository.resolve("src/main/java/com/example/shop/service").toString(),
                "--format", "sarif", "--output", sarifFile.toString(), "--unproven-rules", "--sarif-all-notes");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode results = new ObjectMapper().readTree(sarifFile.toFile()).at("/runs/0/results");
        assertThat(results).isNotEmpty().allSatisfy(result -> assertThat(
                result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .startsWith("src/main/java/com/example/shop/service/"));
    }

    @Test
    void byDefaultOnlyRulesAtThePrecisionBarRunAndUnprovenRulesAddTheirNotes() throws IOException {
        JsonNode everyRule = new ObjectMapper().readTree(reports.resolve("readiness.json").toFile());
        CliRun byDefault = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");
        JsonNode proven = new ObjectMapper().readTree(byDefault.out());

        assertThat(byDefault.exitCode()).as(byDefault.err()).isEqualTo(ExitCode.OK);
        assertThat(ruleIds(proven.get("findings"))).contains("context/agent-instructions-missing",
                "context/unreproducible-build", "history/hidden-coupling")
                .doesNotContain("hygiene/console-logging", "modularity/complex-method");
        assertThat(proven.get("rules")).allSatisfy(rule -> assertThat(rule.get("scored").asBoolean()).isTrue());
        assertThat(ruleIds(everyRule.get("findings"))).contains("hygiene/console-logging");
        assertThat(everyRule.get("findings")).filteredOn(finding -> finding.get("ruleId").asText()
                .equals("hygiene/console-logging")).allSatisfy(finding ->
                        assertThat(finding.get("level").asText()).isEqualTo("note"));
        assertThat(proven.at("/score/overall").asDouble()).as("off rules never counted")
                .isEqualTo(everyRule.at("/score/overall").asDouble());
    }

    private static List<String> ruleIds(JsonNode findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(finding -> ids.add(finding.get("ruleId").asText()));
        return ids;
    }

    private static JsonNode sarif() throws IOException {
        return new ObjectMapper().readTree(reports.resolve("readiness.sarif").toFile());
    }

    /** Every file and directory under root with size and modification time, .git included. */
    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                entries.put(root.relativize(path).toString(),
                        Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return entries;
    }

}
