package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SarifSchema;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions through the whole CLI: they survive the per-file cache and are left out of the summary. */
class SuppressionCliTest {

    private static final String SOURCE = """
            package com.acme;

            public class Banner {
                void show() {
                    System.out.println("banner"); // readiness:ignore hygiene/console-logging the banner is the UI
                }
            }
            """;

    @TempDir
    Path temp;

    private static JsonNode consoleFinding(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/byRule/hygiene~1console-logging").asInt()).isZero();
        assertThat(report.at("/summary/suppressed").asInt()).isEqualTo(1);
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("ruleId").asText().equals("hygiene/console-logging")) {
                return finding;
            }
        }
        throw new AssertionError("no console-logging finding in " + run.out());
    }

    @Test
    void suppressionsComeFromTheCacheTooAndCountNowhere() throws IOException {
        Path repository = temp.resolve("repo");
        TestRepos.writeFiles(repository, Map.of("src/main/java/com/acme/Banner.java", SOURCE));
        String cache = temp.resolve("cache").toString();

        JsonNode fresh = consoleFinding(CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "json",
                "--cache-dir", cache));
        JsonNode cached = consoleFinding(CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "json",
                "--cache-dir", cache));

        assertThat(fresh.at("/suppressed/reason").asText()).isEqualTo("the banner is the UI");
        assertThat(cached).isEqualTo(fresh);
    }

    @Test
    void sarifWithSuppressionsAndBaselineStatesIsSchemaValid() throws Exception {
        Path repository = temp.resolve("repo");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("src/main/java/com/acme/Banner.java", SOURCE), "first");
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "sarif", "--no-cache",
                "--new-since", "HEAD", "--sarif-all-notes");
        JsonNode sarif = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results")).isNotEmpty()
                .allSatisfy(result -> assertThat(result.get("baselineState").asText()).isEqualTo("unchanged"))
                .filteredOn(result -> result.get("ruleId").asText().equals("hygiene/console-logging"))
                .singleElement().satisfies(result -> assertThat(result.at("/suppressions/0/justification").asText())
                        .isEqualTo("the banner is the UI"));
    }
}
