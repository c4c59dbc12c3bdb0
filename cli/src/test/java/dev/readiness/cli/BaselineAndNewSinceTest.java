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
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readiness baseline}, {@code scan --baseline} and {@code scan --new-since} on real Git repositories:
 * only new findings fail the quality gate, known ones survive lines moving, bad input is a usage error.
 */
class BaselineAndNewSinceTest {

    private static final String CONSOLE = "hygiene/console-logging";
    private static final String PROPERTIES = "src/main/resources/app.properties";
    private static final String A = "src/main/java/com/acme/A.java";
    private static final String B = "src/main/java/com/acme/B.java";
    private static final String A_TEXT = """
            package com.acme;

            public class A {
                void greet() {
                    System.out.println("hello");
                }
            }
            """;
    private static final String B_TEXT = """
            package com.acme;

            public class B {
                void log() {
                    System.out.println("b");
                }

                void other() {
                }
            }
            """;

    @TempDir
    Path temp;

    private Path repository() {
        Path root = temp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of(A, A_TEXT, B, B_TEXT, "docs/notes.txt", "notes\n", PROPERTIES, "a=1\n"),
                    "first");
        }
        return root;
    }

    private Path baseline(Path repository) {
        Path file = temp.resolve("baseline.json");
        CliRun run = CliRun.of("baseline", repository.toString(), "--unproven-rules", "--output", file.toString(), "--no-cache");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return file;
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** "path:line state" of every console-logging finding, in report order. */
    private static List<String> consoleStates(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("ruleId").asText().equals(CONSOLE))
                .map(finding -> finding.at("/location/path").asText() + ":" + finding.at("/location/startLine").asInt()
                        + " " + finding.get("baselineState").asText())
                .toList();
    }

    @Test
    void baselineFileIsSortedDeterministicAndHoldsEveryFinding() throws IOException {
        Path repository = repository();
        Path file = baseline(repository);
        byte[] first = Files.readAllBytes(file);
        baseline(repository);

        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        JsonNode baseline = new ObjectMapper().readTree(first);
        assertThat(baseline.get("fingerprint").asText()).isEqualTo("readiness/v2");
        assertThat(baseline.get("entries")).extracting(entry -> entry.get("ruleId").asText() + " "
                + entry.get("path").asText()).contains(CONSOLE + " " + A, CONSOLE + " " + B);
        assertThat(baseline.get("findings").asInt()).isEqualTo(baseline.get("entries").size());
    }

    @Test
    void knownFindingsStayUnchangedWhenLinesAreInsertedAboveThemAndOnlyNewOnesGate() throws IOException {
        Path repository = repository();
        Path file = baseline(repository);
        TestRepos.writeFiles(repository, Map.of(A, A_TEXT.replace("public class A {",
                "// a header\n// and more\n\npublic class A {\n    int unrelated;\n")));

        CliRun shifted = CliRun.of("scan", repository.toString(), "--unproven-rules", "--baseline", file.toString(), "--format", "json",
                "--no-cache", "--fail-on", "note");

        assertThat(shifted.exitCode()).as(shifted.err()).isEqualTo(ExitCode.OK);
        assertThat(consoleStates(json(shifted))).containsExactly(A + ":10 unchanged", B + ":5 unchanged");
        assertThat(json(shifted).at("/comparison/new").asInt()).isZero();

        TestRepos.writeFiles(repository, Map.of(B, B_TEXT.replace("void other() {",
                "void other() {\n        System.out.println(\"new\");")));
        CliRun added = CliRun.of("scan", repository.toString(), "--unproven-rules", "--baseline", file.toString(), "--format", "json",
                "--no-cache", "--fail-on", "note");

        assertThat(added.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(added.err()).contains("quality gate failed: 1 new finding(s) at level note or worse");
        assertThat(consoleStates(json(added))).containsExactly(A + ":10 unchanged", B + ":5 unchanged", B + ":9 new");
    }

    @Test
    void fixedFindingsAreCountedAbsent() throws IOException {
        Path repository = repository();
        Path file = baseline(repository);
        TestRepos.writeFiles(repository, Map.of(A, A_TEXT.replace("System.out.println(\"hello\");", "")));

        JsonNode report = json(CliRun.of("scan", repository.toString(), "--unproven-rules", "--baseline", file.toString(), "--format",
                "json", "--no-cache"));

        assertThat(report.at("/comparison/absentFindings")).extracting(entry -> entry.get("ruleId").asText() + " "
                + entry.get("path").asText()).contains(CONSOLE + " " + A);
    }

    @Test
    void theDefaultBaselineFileIsNeverWrittenInsideTheScannedRepositoryUnasked() {
        // the tests run in the cli module, inside this project's own Git work tree
        CliRun run = CliRun.of("baseline", ".");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("would be written inside the scanned repository")
                .contains("--output readiness-baseline.json");
        assertThat(Path.of("readiness-baseline.json")).doesNotExist();
    }

    @Test
    void aBrokenOrMissingBaselineIsAUsageError() throws IOException {
        Path repository = repository();
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"entries\": [");

        CliRun brokenRun = CliRun.of("scan", repository.toString(), "--unproven-rules", "--baseline", broken.toString());
        CliRun missing = CliRun.of("scan", repository.toString(), "--unproven-rules", "--baseline", temp.resolve("none.json").toString());

        assertThat(brokenRun.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(brokenRun.err()).contains("--baseline: baseline file").contains("is not valid JSON")
                .doesNotContain("Exception");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(missing.err()).contains("does not exist (create it with 'readiness baseline')");
    }

    @Test
    void newSinceGatesOnlyFindingsOnLinesChangedOnTheBranch() throws IOException {
        Path repository = repository();
        try (Git git = Git.open(repository.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            TestRepos.commitFiles(git, Map.of(B, B_TEXT.replace("void other() {",
                    "void other() {\n        System.out.println(\"new\");")), "touch B only");
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--new-since", "main", "--format", "json",
                "--no-cache", "--fail-on", "note");

        assertThat(run.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(consoleStates(json(run))).containsExactly(A + ":5 unchanged", B + ":5 unchanged", B + ":9 new");
        assertThat(json(run).at("/comparison/newSince").asText()).isEqualTo("main");
    }

    @Test
    void newSinceWithChangesOnlyWhereNothingIsReportedPassesTheGate() throws IOException {
        Path repository = repository();
        try (Git git = Git.open(repository.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            // not docs/notes.txt: repository-wide findings (no README, low truck factor) anchor on it
            TestRepos.commitFiles(git, Map.of(PROPERTIES, "a=2\n"), "settings only");
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--new-since", "main", "--no-cache",
                "--fail-on", "note");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Compared with changes since main (merge base ")
                .contains("\n  0 new, ");
    }

    @Test
    void anUnknownRefIsAUsageError() {
        CliRun run = CliRun.of("scan", repository().toString(), "--unproven-rules", "--new-since", "no-such-branch");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--new-since no-such-branch: no such branch, tag or commit");
    }
}
