package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --new-since} on a branch of the legacy-shop sample's real history: the merge base is scanned too, so
 * only what the branch brought is new. A version bump in pom.xml brings nothing, though the "no Maven wrapper" and
 * the history findings sit on files it touched; a new complex method brings exactly its finding.
 */
class PullRequestModeTest {

    private static final String POM = "pom.xml";
    private static final String SERVICE = "src/main/java/com/example/shop/service/OrderService.java";
    /** An existing author, a day after the sample's last commit: the branch changes what it changes, not who or when. */
    private static final PersonIdent BOB = TestRepos.ident("Bob Builder", "bob@example.com", "2022-09-21T10:00:00Z");
    /** Cognitive complexity 32, above the threshold of 25, in 28 lines nested at most three deep. */
    private static final String COMPLEX_METHOD = """

                int shippingBand(int weight, int distance, boolean express, boolean fragile) {
                    int band = 0;
                    if (weight > 10) {
                        if (distance > 100 && express) {
                            band = 3;
                        } else if (distance > 50 || fragile) {
                            band = 2;
                        } else {
                            band = 1;
                        }
                    } else if (express) {
                        for (int leg = 0; leg < distance; leg += 25) {
                            if (fragile && leg > 50) {
                                band++;
                            } else if (leg > 75 || weight < 2) {
                                band += 2;
                            }
                        }
                    } else {
                        band = fragile ? 1 : 0;
                    }
                    while (band > 0 && weight > 100) {
                        if (express || fragile && distance > 10) {
                            band--;
                        } else if (band > 2 && distance < 5) {
                            break;
                        }
                    }
                    return band;
                }
            }
            """;

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void materialiseTheSample() {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
    }

    /** Commits {@code files} on a new branch "feature" as Bob, the day after the sample's last commit. */
    private void branchWith(Map<String, String> files) throws IOException, GitAPIException {
        try (Git git = Git.open(repository.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            TestRepos.commitFiles(git, files, "The branch's one change", BOB);
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(repository.resolve(path));
    }

    private CliRun scanSinceMain(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("scan", repository.toString(), "--new-since", "main",
                "--unproven-rules", "--no-cache"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** "ruleId path:line" of every new finding. */
    private static List<String> newFindings(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("baselineState").asText().equals("new"))
                .map(finding -> finding.get("ruleId").asText() + " " + finding.at("/location/path").asText() + ":"
                        + finding.at("/location/startLine").asInt())
                .toList();
    }

    @Test
    void aVersionBumpInThePomBringsNoNewFindingAndPassesTheGate() throws IOException, GitAPIException {
        branchWith(Map.of(POM, read(POM).replaceFirst("<version>[^<]*</version>", "<version>9.9.9</version>")));

        CliRun run = scanSinceMain("--format", "json", "--fail-on", "note", "--timings");

        JsonNode report = json(run);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(newFindings(report)).isEmpty();
        assertThat(report.get("stageMillis").has("merge-base")).isTrue();
        assertThat(report.at("/comparison/new").asInt()).isZero();
        assertThat(report.at("/comparison/unchanged").asInt()).isGreaterThan(20);
        assertThat(report.findValuesAsText("ruleId")).contains("context/unreproducible-build", "history/hotspot",
                "history/low-truck-factor", "testing/no-mutation-testing");
        assertThat(report.at("/comparison/scoreChange").asDouble()).isZero();
        assertThat(report.at("/comparison/changedFiles")).isEmpty();
    }

    @Test
    void withCompiledClassesTheFindingsThatRestOnThemAreNotNewInFilesTheBranchLeftAlone() throws IOException,
            GitAPIException {
        branchWith(Map.of(POM, read(POM).replaceFirst("<version>[^<]*</version>", "<version>9.9.9</version>")));
        // one class compiled: the graph built from it lacks the edges that reach the repositories from the tests
        Path classes = compile(repository.resolve("src/main/java/com/example/shop/model/Customer.java"),
                temp.resolve("classes"));

        JsonNode report = json(scanSinceMain("--format", "json", "--classes", classes.toString()));

        assertThat(report.get("architectureAnalysis").asText()).isEqualTo("bytecode");
        assertThat(StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("ruleId").asText().equals("testing/untested-class"))
                .map(finding -> finding.at("/location/path").asText().replaceAll(".*/", "") + " "
                        + finding.get("baselineState").asText()))
                .contains("CustomerRepository.java unchanged", "OrderRepository.java unchanged");
        assertThat(newFindings(report)).isEmpty();
        assertThat(report.get("notifications")).filteredOn(note -> note.get("id").asText()
                .equals("merge-base-from-sources")).singleElement()
                .satisfies(note -> assertThat(note.get("message").asText()).contains("testing/untested-class"));
    }

    @Test
    void aDirectoryTheBranchCreatedHasNoMergeBaseToScanSoItsChangedLinesDecide() throws IOException,
            GitAPIException {
        branchWith(Map.of("tools/pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>tools</groupId>
                  <artifactId>tools</artifactId>
                  <version>1.0</version>
                </project>
                """, "tools/src/main/java/tools/Helper.java", """
                package tools;

                public class Helper {
                    int twice(int value) {
                        return 2 * value;
                    }
                }
                """));

        CliRun run = CliRun.of("scan", repository.resolve("tools").toString(), "--new-since", "main", "--no-cache",
                "--format", "json");

        JsonNode report = json(run);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(newFindings(report)).containsExactly("context/unreproducible-build tools/pom.xml:1");
        assertThat(report.get("notifications").findValuesAsText("id")).contains("merge-base-not-scanned");
        assertThat(report.at("/comparison/mergeBaseScore").isNull()).isTrue();
        assertThat(report.at("/comparison/changedFiles/0/mergeBaseHealth").isNull()).isTrue();
    }

    private static Path compile(Path source, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            assertThat(compiler.getTask(null, files, null, List.of("-d", classes.toString()), null,
                    files.getJavaFileObjectsFromPaths(List.of(source))).call()).isTrue();
        }
        return classes;
    }

    @Test
    void aNewComplexMethodBringsExactlyOneNewFindingAndLowersItsFilesHealth() throws IOException, GitAPIException {
        String service = read(SERVICE);
        branchWith(Map.of(SERVICE, service.substring(0, service.stripTrailing().lastIndexOf('}')) + COMPLEX_METHOD));

        CliRun run = scanSinceMain("--format", "json", "--fail-on", "note");

        JsonNode report = json(run);
        int methodLine = (int) service.stripTrailing().lines().count() + 1;
        assertThat(newFindings(report)).containsExactly("modularity/complex-method " + SERVICE + ":" + methodLine);
        assertThat(run.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(run.err()).contains("quality gate failed: 1 new finding(s) at level note or worse");
        JsonNode file = report.at("/comparison/changedFiles/0");
        assertThat(report.at("/comparison/changedFiles")).hasSize(1);
        assertThat(file.get("path").asText()).isEqualTo(SERVICE);
        assertThat(file.get("health").asDouble()).isLessThan(file.get("mergeBaseHealth").asDouble());
        assertThat(file.get("healthChange").asDouble()).isNegative();
        assertThat(report.at("/comparison/mergeBaseScore").asDouble()).isPositive();
    }

    @Test
    void theTextReportShowsTheScoreAndTheChangedFilesHealthAtTheMergeBaseAndNow() throws IOException,
            GitAPIException {
        String service = read(SERVICE);
        branchWith(Map.of(SERVICE, service.substring(0, service.stripTrailing().lastIndexOf('}')) + COMPLEX_METHOD));
        JsonNode report = json(scanSinceMain("--format", "json"));
        String before = String.format(java.util.Locale.ROOT, "%.1f", report.at("/comparison/mergeBaseScore").asDouble());

        String text = scanSinceMain().out();

        assertThat(text).contains("Compared with changes since main (merge base ")
                .contains("\n  1 new, ")
                .contains("\n  Score at the merge base " + before + ", now ")
                .contains("\n  Code health of the changed production file, at the merge base → now:\n")
                .containsPattern("\n    \\d+\\.\\d → \\d+\\.\\d \\(-\\d+\\.\\d\\) +" + SERVICE + "\n");
    }
}
