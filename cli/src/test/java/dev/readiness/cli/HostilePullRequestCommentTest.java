package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action on {@link HostileRepository}: its scan step (action/run.sh) and its pull-request comment
 * (action/comment.sh) against a local server answering like GitHub's REST API. The comment GitHub would render
 * mentions no one, links no issue and repeats no secret or control character of the repository.
 */
class HostilePullRequestCommentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theCommentMentionsNoOneLinksNoIssueAndRepeatsNoSecret() throws Exception {
        assumeTrue(ActionScript.bashIsAvailable(), "bash is not available");
        assumeTrue(ActionScript.jqIsAvailable(), "jq is not available");
        Path repository = HostileRepository.create(temp.resolve("hostile"));
        ActionScript.Run scan = ActionScript.run("run.sh", temp.resolve("scan"), Map.of(
                "READINESS_PATH", repository.toString(),
                "READINESS_OUTPUT_DIR", temp.resolve("scan/reports").toString(),
                "READINESS_ARGS", "--unproven-rules",
                "READINESS_CLI", Path.of(System.getProperty("java.home"), "bin", "java") + " dev.readiness.cli.ReadinessMain",
                "CLASSPATH", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "XDG_CACHE_HOME", temp.resolve("cache").toString()));
        assertThat(scan.exitCode()).as(scan.log()).isZero();

        String body;
        try (GitHubStub github = GitHubStub.start()) {
            github.answer("GET", "/repos/acme/shop/issues/7/comments?per_page=100&page=1", 200, "[]")
                    .answer("POST", "/repos/acme/shop/issues/7/comments", 201, "{\"id\": 99}");
            ActionScript.Run comment = ActionScript.run("comment.sh", temp.resolve("comment"), Map.of(
                    "READINESS_SUMMARY", scan.output().get("summary"), "READINESS_TOKEN", "t0ken",
                    "READINESS_PR_NUMBER", "7", "READINESS_PR_HEAD_REPO", "acme/shop", "GITHUB_REPOSITORY", "acme/shop",
                    "GITHUB_API_URL", github.url()));
            assertThat(comment.exitCode()).as(comment.log()).isZero();
            body = JSON.readTree(github.requests().get(1).body()).get("body").asText();
        }

        // GitHub links nothing inside a link's destination (which is percent-encoded): only the text GitHub shows counts
        String shown = body.replaceAll("]\\([^)]*\\)", "]");
        assertThat(shown).contains("@\u200Doctocat", "@\u200Dacme/team", "\\#\u200D12", "shop\\#\u200D3",
                        "GH-\u200D7.java:")
                .doesNotContainPattern("@[A-Za-z0-9]").doesNotContainPattern("#[0-9]").doesNotContainPattern("(?i)GH-[0-9]");
        assertThat(body).doesNotContain(HostileRepository.SECRETS).doesNotContain(HostileRepository.CONTROLS);
    }
}
