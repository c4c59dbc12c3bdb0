package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Repository text made to break regular expressions: one token of tens of thousands of path segments, dotted names
 * or Gradle project names, where a greedy group repetition would recurse once per segment and overflow the stack.
 * The scan reads such text like any other, and the rule reading it still reports what it finds there.
 */
class LongTokensScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEGMENTS = 50_000;
    private static final String LONG_PATH = "a/".repeat(SEGMENTS) + "b.java";
    private static final String JAVA = "src/main/java/com/example/Shop.java";

    @TempDir
    Path temp;

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("AGENTS.md", "See " + LONG_PATH + "\n", "context/agent-instructions-missing",
                        "AGENTS.md"),
                Arguments.of("CLAUDE.md", "See " + LONG_PATH + "\n", "context/agent-instructions-missing",
                        "CLAUDE.md"),
                Arguments.of(".github/copilot-instructions.md", "See " + LONG_PATH + "\n",
                        "context/agent-instructions-missing", "copilot-instructions.md"),
                Arguments.of("AGENTS.md", "Read `" + LONG_PATH + "` first.\n", "context/agent-instructions-stale",
                        "mentions the path `a/a/a/"),
                Arguments.of("AGENTS.md", "Start at `" + "com.".repeat(SEGMENTS) + "CheckoutFlow`.\n",
                        "context/agent-instructions-stale", "mentions the type `CheckoutFlow`"),
                Arguments.of("AGENTS.md", "```\n./gradlew " + ":app".repeat(SEGMENTS) + ":build\n```\n",
                        "context/agent-instructions-stale", "names the module `app/app/app/"),
                Arguments.of("AGENTS.md", "Mirrors live at `" + "mirror.".repeat(SEGMENTS) + "com/shop`.\n",
                        "context/agent-instructions-missing", "AGENTS.md"),
                Arguments.of(".github/workflows/ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                        + "    steps:\n      - run: ./" + LONG_PATH + "\n", "context/no-ci", ""));
    }

    @Test
    void aCommitSubjectOfTensOfThousandsOfPullRequestSuffixesIsReadLikeAnyOther() throws IOException {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(JAVA, "package com.example;\n\npublic class Shop {\n}\n"),
                    "Fix the checkout" + " (#12)".repeat(SEGMENTS));
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("notifications")).extracting(notification -> notification.get("id")
                .asText()).doesNotContain("rule-error", "history-error");
    }

    @Test
    void aReportToCompareWithWhoseSchemaVersionHasTensOfThousandsOfPartsIsRead() throws IOException {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(JAVA, "package com.example;\n\npublic class Shop {\n}\n"), "Add the shop");
        }
        CliRun earlier = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");
        ObjectNode report = (ObjectNode) JSON.readTree(earlier.out());
        report.put("schemaVersion", report.get("schemaVersion").asText() + ".0".repeat(SEGMENTS));
        Path edited = Files.writeString(temp.resolve("earlier.json"), JSON.writeValueAsString(report));

        CliRun run = CliRun.of("scan", repository.toString(), "--compare", edited.toString(), "--format", "json",
                "--no-cache", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).at("/trend/overall/change").asDouble()).isZero();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("hostileTexts")
    void aTokenOfTensOfThousandsOfSegmentsIsReadLikeAnyOther(String file, String text, String rule, String reported)
            throws IOException {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(file, text, JAVA, "package com.example;\n\npublic class Shop {\n}\n"),
                    "Add the shop");
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("notifications")).extracting(notification -> notification.get("id").asText())
                .doesNotContain("rule-error");
        assertThat(report.get("findings")).filteredOn(finding -> finding.get("ruleId").asText().equals(rule))
                .extracting(finding -> finding.get("message").asText())
                .anySatisfy(message -> assertThat(message).contains(reported));
    }
}
