package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.report.UriPaths;
import dev.readiness.core.testing.FakeSecrets;
import dev.readiness.core.testing.SarifSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan of {@link HostileRepository} through the real CLI: no report and no cache file repeats a secret of it. */
class SecretMaskingScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static Path reports;
    private static Path cache;

    @BeforeAll
    static void scanTheHostileRepository() {
        Path repository = HostileRepository.create(work.resolve("hostile"));
        reports = work.resolve("reports");
        cache = work.resolve("cache");
        CliRun scan = CliRun.of("scan", repository.toString(), "--unproven-rules", "--cache-dir", cache.toString(),
                "--format", "text,md,json,sarif,html", "--sarif-all-notes", "--output", reports.toString(), "--quiet");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void findingsQuoteTheSecretsOfTheirSourcesOnlyMasked() throws IOException {
        JsonNode findings = JSON.readTree(reports.resolve("readiness.json").toFile()).get("findings");
        JsonNode sarifResults = JSON.readTree(reports.resolve("readiness.sarif").toFile()).at("/runs/0/results");

        assertThat(messages(findings, "testing/tautological-assertion", "/message"))
                .contains("This assertion cannot fail: assertEquals compares \"ghp_\u2026(40 chars)\" with itself. "
                        + "Assert on a value the code under test produced, or delete it.");
        assertThat(messages(findings, "context/agent-instructions-conflict", "/message")).singleElement().asString()
                .contains("`gradle test -Daws.secret.key=" + FakeSecrets.AWS_SECRET.substring(0, 4) + "\u2026(40 chars)`");
        assertThat(messages(sarifResults, "context/agent-instructions-conflict", "/message/text")).singleElement()
                .asString().contains("-Daws.secret.key=" + FakeSecrets.AWS_SECRET.substring(0, 4) + "\u2026(40 chars)");
    }

    @Test
    void noReportRepeatsASecretOfTheRepositoryAndEachShowsTheBranchMasked() throws IOException {
        String text = Files.readString(reports.resolve("readiness.txt"));
        String markdown = Files.readString(reports.resolve("readiness.md"));
        String html = Files.readString(reports.resolve("readiness.html"));

        assertThat(List.of(text, markdown, html, Files.readString(reports.resolve("readiness.json")),
                Files.readString(reports.resolve("readiness.sarif"))))
                .allSatisfy(report -> assertThat(report).doesNotContain(HostileRepository.SECRETS));
        assertThat(text.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .contains(" - hostile @ ghp_\u2026(40 chars) "));
        assertThat(markdown).contains("Scanned **hostile** on `ghp_\u2026(40 chars)` at `");
        assertThat(html).contains("branch ghp_\u2026(40 chars)");
    }

    @Test
    void theJsonAndSarifReportsShowNamesAndPathsOfTheRepositoryWithTheirSecretsMasked() throws IOException {
        String json = Files.readString(reports.resolve("readiness.json"));
        JsonNode sarif = JSON.readTree(reports.resolve("readiness.sarif").toFile());
        String maskedFile = "src/main/java/shop/AKIA\u2026(20 chars).java";

        assertThat(json).doesNotContain(HostileRepository.SECRETS);
        assertThat(sarif.toString()).doesNotContain(HostileRepository.SECRETS);
        assertThat(JSON.readTree(json).at("/target/branch").asText()).isEqualTo("ghp_\u2026(40 chars)");
        assertThat(JSON.readTree(json).get("findings")).extracting(finding -> finding.at("/location/path").asText())
                .contains(maskedFile);
        // masked before the percent-encoding, which keeps the URI valid
        assertThat(sarif.at("/runs/0/results")).extracting(result -> result.at(
                "/locations/0/physicalLocation/artifactLocation/uri").asText())
                .contains(UriPaths.encode(maskedFile));
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void theCacheHoldsTheMaskedMessagesOnly() {
        String cached = String.join("\n", files(cache).stream().map(SecretMaskingScanTest::gunzipped).toList());

        assertThat(cached).contains("compares \\\"ghp_\u2026(40 chars)\\\" with itself")
                .doesNotContain(FakeSecrets.GITHUB_TOKEN);
    }

    private static List<String> messages(JsonNode results, String ruleId, String message) {
        return StreamSupport.stream(results.spliterator(), false)
                .filter(result -> result.get("ruleId").asText().equals(ruleId))
                .map(result -> result.at(message).asText()).toList();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String gunzipped(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
