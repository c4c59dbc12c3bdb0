package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ref} starts the history walk at another branch, tag or commit; a typo is a usage error. */
class HistoryRefTest {

    @TempDir
    Path temp;

    @Test
    void historyFromAnOlderCommitSeesOnlyWhatHappenedUntilThen() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));

        List<String> atHead = historyRules(CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "json", "--no-cache"));
        List<String> early = historyRules(CliRun.of("scan", repository.toString(), "--unproven-rules", "--format", "json", "--no-cache",
                "--ref", "HEAD~30"));

        assertThat(atHead).contains("history/defect-hotspot", "history/knowledge-island");
        // thirty commits earlier Alice had not left yet and Dave had not started fixing bugs
        assertThat(early).isNotEmpty().doesNotContain("history/defect-hotspot", "history/knowledge-island");
    }

    @Test
    void anUnknownRefIsAUsageError() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));

        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--ref", "no-such-branch");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--ref no-such-branch: no such branch, tag or commit");
    }

    @Test
    void aRefWithoutGitIsAUsageError() throws Exception {
        java.nio.file.Files.writeString(temp.resolve("A.java"), "class A { }");

        CliRun run = CliRun.of("scan", temp.toString(), "--ref", "main");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("is not a Git repository");
    }

    private static List<String> historyRules(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> ids = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(run.out()).get("findings")) {
            String id = finding.get("ruleId").asText();
            if (id.startsWith("history/")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
