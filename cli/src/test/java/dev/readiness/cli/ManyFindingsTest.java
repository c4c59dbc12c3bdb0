package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 findings of one rule (an access key on every line of two configuration files): every report lists the first
 * 1,000 in report order and says how many more there are, in a JSON report of under 2 MB written within a 256 MB
 * heap; the summary and the score count all 20,000, exactly as when every finding is listed.
 */
class ManyFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "hygiene/hardcoded-secret";
    private static final int KEYS_PER_FILE = 10_000;
    /** No vowel and no X, so that no key spells a placeholder word ("test", "fake", "xxx"). */
    private static final String KEY_CHARACTERS = "BCDFGHJKLMNPQRSTVWZ234567";
    private static final String UNLISTED = "hygiene/hardcoded-secret: 20,000 findings, of which the first 1,000 in "
            + "report order are listed; the other 19,000 count in the summary and the score but are not listed";

    @TempDir
    static Path work;
    private static Path repository;
    private static Path reports;
    private static CliRun listed;

    /** An access key id of the AWS format, different on every line. */
    private static String key(int line) {
        return "AKIA" + IntStream.range(0, 16).mapToObj(position -> String.valueOf(KEY_CHARACTERS.charAt(
                (line / (position + 1) + position * 7 + line * 13) % KEY_CHARACTERS.length())))
                .collect(Collectors.joining());
    }

    private static String keys(int file) {
        return IntStream.range(file * KEYS_PER_FILE, (file + 1) * KEYS_PER_FILE)
                .mapToObj(line -> "aws.key." + line + "=" + key(line) + "\n").collect(Collectors.joining());
    }

    @BeforeAll
    static void scanInASmallHeap() {
        repository = work.resolve("keys");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>com.example"
                    + "</groupId><artifactId>keys</artifactId><version>1</version></project>\n",
                    "src/main/resources/keys0.properties", keys(0), "src/main/resources/keys1.properties", keys(1),
                    // below the precision bar, the rule is off by default: the project turns it on, as a user would
                    "readiness.yml", "rules:\n  " + RULE + ":\n    level: error\n"),
                    "Add the keys");
        }
        reports = work.resolve("reports");
        listed = CliProcess.run(work.resolve("process"), List.of("-Xmx256m"), "scan", repository.toString(),
                "--no-cache", "--quiet", "--format", "json,sarif,md,text,html", "--output", reports.toString());
    }

    @Test
    void theJsonReportListsTheFirstThousandAndCountsAll() throws IOException {
        JsonNode report = JSON.readTree(reports.resolve("readiness.json").toFile());

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(report.at("/summary/byRule/" + RULE.replace("/", "~1")).asLong()).isEqualTo(20_000);
        assertThat(report.get("findings").findValuesAsText("ruleId")).filteredOn(RULE::equals).hasSize(1_000);
        assertThat(report.get("findings")).filteredOn(finding -> finding.get("ruleId").asText().equals(RULE))
                .extracting(finding -> finding.at("/location/path").asText() + ":"
                        + finding.at("/location/startLine").asInt())
                .startsWith("src/main/resources/keys0.properties:1")
                .endsWith("src/main/resources/keys0.properties:1000");
        assertThat(report.get("notifications")).filteredOn(notification -> notification.get("id").asText()
                .equals("findings-unlisted")).extracting(notification -> notification.get("message").asText())
                .containsExactly(UNLISTED);
        assertThat(Files.size(reports.resolve("readiness.json"))).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void sarifKeepsTheFirstThousandResultsAndSaysSoInANotification() throws IOException {
        JsonNode run = JSON.readTree(reports.resolve("readiness.sarif").toFile()).at("/runs/0");

        assertThat(run.get("results").findValuesAsText("ruleId")).filteredOn(RULE::equals).hasSize(1_000);
        assertThat(run.at("/invocations/0/toolExecutionNotifications").findValuesAsText("text")).contains(UNLISTED);
    }

    @Test
    void theOtherReportsSayHowManyMoreThereAre() throws IOException {
        assertThat(Files.readString(reports.resolve("readiness.md")))
                .contains("only the first of a rule with very many (`hygiene/hardcoded-secret`: 19,000 more)");
        assertThat(Files.readString(reports.resolve("readiness.txt"))).contains("Findings: 20,0")
                .contains("warning  findings-unlisted: hygiene/hardcoded-secret: 20,000 findings");
        assertThat(Files.readString(reports.resolve("readiness.html"))).contains(UNLISTED);
    }

    @Test
    void listingEveryFindingChangesNeitherTheScoreNorTheSummary() throws IOException {
        CliRun all = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet", "--format", "json",
                "--max-findings-per-rule", "20000");

        JsonNode everyFinding = JSON.readTree(all.out());
        JsonNode firstThousand = JSON.readTree(reports.resolve("readiness.json").toFile());
        assertThat(everyFinding.get("findings").findValuesAsText("ruleId")).filteredOn(RULE::equals).hasSize(20_000);
        assertThat(firstThousand.get("score")).isEqualTo(everyFinding.get("score"));
        assertThat(firstThousand.get("summary")).isEqualTo(everyFinding.get("summary"));
    }
}
