package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.FakeSecrets;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of {@link HostileRepository} through the real CLI: control characters of file names, an author, a commit and a
 * Java string reach no terminal and no page as such. Text, Markdown and HTML spell them out ({@code \e}, {@code \r},
 * {@code \n} and unicode escapes); JSON and SARIF keep the data and escape it as JSON does.
 */
class ControlCharacterScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static Path repository;
    private static Path reports;

    @BeforeAll
    static void scanTheHostileRepository() {
        repository = HostileRepository.create(work.resolve("hostile"));
        reports = work.resolve("reports");
        CliRun scan = CliRun.of("scan", repository.toString(), "--unproven-rules", "--no-cache", "--format",
                "text,md,json,sarif,html", "--sarif-all-notes", "--output", reports.toString(), "--quiet");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theTextReportSpellsThemOutSoNoNameClearsTheScreenOrStartsALineOfItsOwn() throws IOException {
        String text = Files.readString(reports.resolve("readiness.txt"));

        assertThat(text).doesNotContain(HostileRepository.CONTROLS)
                .contains("src/main/java/shop/\\e[2J\\u0007Clear.java:",
                        "src/main/java/shop/Forged\\r  error    Fake.java:",
                        "src/main/java/shop/Forged\\n  error    Next.java:",
                        "src/main/java/shop/\\u0007Broken.java:1  parse-error: ");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("  error    Next.java"));
    }

    @Test
    void markdownSpellsThemOutAsLiteralText() throws IOException {
        String markdown = Files.readString(reports.resolve("readiness.md"));

        assertThat(markdown).doesNotContain(HostileRepository.CONTROLS)
                .contains("[src/main/java/shop/\\\\e\\[2J\\\\u0007Clear.java:",
                        "[src/main/java/shop/Forged\\\\n  error    Next.java:")
                .contains("assertEquals compares \"\\\\e\\[2J\\\\u0007\" with itself");
    }

    @Test
    void theHtmlReportSpellsThemOutInItsTextAndItsFindingsData() throws IOException {
        String html = Files.readString(reports.resolve("readiness.html"));
        String start = "<script type=\"application/json\" id=\"report-data\">";
        JsonNode data = JSON.readTree(html.substring(html.indexOf(start) + start.length(),
                html.indexOf("</script>", html.indexOf(start))));

        assertThat(html).doesNotContain(HostileRepository.CONTROLS);
        assertThat(data.get("findings")).extracting(finding -> finding.get("p").asText())
                .contains("src/main/java/shop/\\e[2J\\u0007Clear.java", "src/main/java/shop/Forged\\r  error    Fake.java");
        assertThat(data.get("findings")).extracting(finding -> finding.get("m").asText())
                .contains("This assertion cannot fail: assertEquals compares \"\\e[2J\\u0007\" with itself. Assert on "
                        + "a value the code under test produced, or delete it.")
                .anySatisfy(message -> assertThat(message).startsWith("Truck factor 1: if Eve \\e[31m xoxb\u2026("));
        assertThat(html).contains("<td>src/main/java/shop/\\u0007Broken.java:1</td>");
    }

    @Test
    void jsonAndSarifKeepThemAsDataEscapedTheJsonWay() throws IOException {
        String json = Files.readString(reports.resolve("readiness.json"));
        String sarif = Files.readString(reports.resolve("readiness.sarif"));

        assertThat(List.of(json, sarif)).allSatisfy(report -> assertThat(report).doesNotContain(HostileRepository.CONTROLS)
                .contains("\\u001B[2J\\u0007Clear.java"));
        assertThat(JSON.readTree(json).get("findings")).extracting(finding -> finding.at("/location/path").asText())
                .contains(HostileRepository.CLEARS_SCREEN, HostileRepository.FORGES_LINE, HostileRepository.STARTS_LINE);
        // a line break in a path once broke the change-coupling rules' pair keys
        assertThat(JSON.readTree(json).get("notifications")).extracting(notification -> notification.get("id").asText())
                .doesNotContain("rule-error");
        assertThat(JSON.readTree(sarif).at("/runs/0/results")).extracting(result -> result.at(
                "/locations/0/physicalLocation/artifactLocation/uri").asText())
                .contains("src/main/java/shop/%1B%5B2J%07Clear.java", "src/main/java/shop/Forged%0D%20%20error%20%20%20%20Fake.java");
    }

    @Test
    void thePlanCommandPrintsThePathsOfItsStepsAsShown() {
        CliRun plan = CliRun.of("plan", repository.toString(), "--unproven-rules", "--no-cache");

        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCode.OK);
        assertThat(plan.out()).doesNotContain(HostileRepository.CONTROLS).doesNotContain(HostileRepository.SECRETS)
                .contains("src/main/java/shop/\\e[2J\\u0007Clear.java");
    }

    @Test
    void anErrorOnStandardErrorQuotesAConfigurationValueSpelledOutAndMasked() {
        Path repository = work.resolve("configured");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("A.java", "class A {}\n", "readiness.yml",
                    "rules:\n  \"x\\e[2J\\a " + FakeSecrets.STRIPE_KEY + "\":\n    enabled: false\n"), "Configure");
        }

        CliRun scan = CliRun.of("scan", repository.toString(), "--no-cache");

        assertThat(scan.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(scan.err()).doesNotContain("\u001b", "\u0007", FakeSecrets.STRIPE_KEY)
                .contains("unknown rule 'x\\e[2J\\u0007 sk_l\u2026(" + FakeSecrets.STRIPE_KEY.length() + " chars)'");
    }
}
