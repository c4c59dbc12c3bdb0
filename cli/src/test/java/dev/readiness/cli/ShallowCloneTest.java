package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shallow clone (what actions/checkout fetches by default) of the legacy-shop sample: its few commits cannot say
 * who knows the code or what changes most, so history is not measured, says how to fetch it all, and the overall
 * score is the mean of the other categories instead of being dragged down by a history of 0; in pull-request mode
 * the merge base, as shallow, has the same shallow-clone finding, so it fails no gate.
 */
class ShallowCloneTest {

    @TempDir
    Path temp;

    private Path full;
    private Path shallow;

    @BeforeEach
    void cloneOneCommitOfTheSample() throws GitAPIException {
        full = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
        shallow = temp.resolve("shallow");
        Git.cloneRepository().setURI(full.toUri().toString()).setDirectory(shallow.toFile()).setDepth(1).call().close();
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void historyIsNotMeasuredAndSaysHowToFetchItAll() throws IOException {
        CliRun run = CliRun.of("scan", shallow.toString(), "--no-cache", "--format", "json");

        JsonNode history = json(run).at("/score/categories/3");
        assertThat(history.get("id").asText()).isEqualTo("history");
        assertThat(history.get("score").isNull()).isTrue();
        assertThat(history.get("reason").asText()).contains("shallow clone").contains("fetch-depth: 0");
        assertThat(CliRun.of("scan", shallow.toString(), "--no-cache").out())
                .contains("  history      N/A  (the repository is a shallow clone");
    }

    @Test
    void theOverallScoreIsTheWeightedMeanOfTheOtherCategoriesSoTheScoreGateHolds() throws IOException {
        JsonNode score = json(CliRun.of("scan", shallow.toString(), "--no-cache", "--format", "json")).get("score");
        List<JsonNode> measured = StreamSupport.stream(score.get("categories").spliterator(), false)
                .filter(category -> !category.get("score").isNull()).toList();
        double weights = measured.stream().mapToDouble(category -> category.get("weight").asDouble()).sum();
        double mean = measured.stream().mapToDouble(category -> category.get("weight").asDouble()
                * category.get("score").asDouble()).sum() / weights;

        CliRun gate = CliRun.of("scan", shallow.toString(), "--no-cache", "--quiet", "--fail-under",
                String.valueOf(Math.round(mean)));

        assertThat(measured).extracting(category -> category.get("id").asText())
                .containsExactly("architecture", "modularity", "testing", "context", "hygiene");
        assertThat(score.get("overall").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(0.06));
        assertThat(gate.exitCode()).as(gate.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void inPullRequestModeTheShallowCloneFailsNoGateWhenTheMergeBaseWasFetched() throws Exception {
        try (Git git = Git.open(full.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            TestRepos.commitFiles(git, Map.of("docs/notes.md", "# Notes\n"), "Notes",
                    TestRepos.ident("Bob Builder", "bob@example.com", "2022-09-21T10:00:00Z"));
        }
        Path checkout = temp.resolve("checkout");
        // the branch and its parent, the tip of main: the merge base is there, the history behind it is not
        Git.cloneRepository().setURI(full.toUri().toString()).setDirectory(checkout.toFile()).setBranch("feature")
                .setDepth(2).call().close();

        CliRun run = CliRun.of("scan", checkout.toString(), "--new-since", "origin/main", "--no-cache", "--format",
                "json", "--fail-on", "warning");

        JsonNode report = json(run);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(report.findValuesAsText("ruleId")).contains("history/shallow-history");
        assertThat(report.at("/comparison/new").asInt()).isZero();
        assertThat(report.at("/score/categories/3/score").isNull()).isTrue();
        assertThat(report.at("/comparison/mergeBaseScore").isNumber()).isTrue();
    }
}
