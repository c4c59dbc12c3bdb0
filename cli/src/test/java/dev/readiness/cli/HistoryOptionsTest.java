package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history options of {@code scan}, and a history that cannot be read. */
class HistoryOptionsTest {

    @TempDir
    Path temp;

    @Test
    void aBadStartDateIsAUsageError() throws Exception {
        Path repository = repository();

        CliRun run = CliRun.of("scan", repository.toString(), "--history-since", "31.01.2024", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--history-since").contains("'31.01.2024'").contains("yyyy-MM-dd");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aBadCommitLimitIsAUsageError() throws Exception {
        Path repository = repository();
        for (String bad : List.of("0", "-3", "many")) {
            CliRun run = CliRun.of("scan", repository.toString(), "--history-commits", bad, "--no-cache");

            assertThat(run.exitCode()).as(bad).isEqualTo(ExitCode.USAGE_ERROR);
            assertThat(run.err()).contains("--history-commits").contains("'" + bad + "'");
        }
    }

    @Test
    void validHistoryOptionsAreAccepted() throws Exception {
        Path repository = repository();

        CliRun run = CliRun.of("scan", repository.toString(), "--history-since", "2020-01-01", "--history-commits",
                "1", "--all-parents", "--no-cache", "--quiet", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(notificationIds(new ObjectMapper().readTree(run.out()))).doesNotContain("history-error");
    }

    @Test
    void anUnreadableHistoryIsANotificationAndTheScanGoesOn() throws Exception {
        Path repository = repository();
        try (Git git = Git.open(repository.toFile())) {
            RevCommit oldest = TestRepos.log(git).get(1);
            try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "src", oldest.getTree())) {
                String tree = walk.getObjectId(0).name();
                Files.delete(git.getRepository().getDirectory().toPath().resolve("objects/" + tree.substring(0, 2) + "/"
                        + tree.substring(2)));
            }
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(notificationIds(report)).contains("history-error");
        assertThat(run.out()).contains("history is incomplete");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    private Path repository() {
        Path directory = temp.resolve("repo");
        try (Git git = TestRepos.init(directory)) {
            TestRepos.commitFiles(git, Map.of("src/A.java", "class A { }\n"), "one");
            TestRepos.commitFiles(git, Map.of("src/A.java", "class A { int x; }\n"), "two");
        }
        return directory;
    }

    private static List<String> notificationIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("notifications").forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }
}
