package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's pull-request comment (action/comment.sh) against a local server answering like GitHub's REST API:
 * the summary of a real scan of legacy-shop goes into one comment, found again by its hidden marker and edited in
 * place; a fork's pull request and a token that may not write are skipped with a notice.
 */
class GitHubActionCommentTest {

    private static final String COMMENTS = "/repos/acme/shop/issues/7/comments";
    private static final String MARKER = "<!-- repo-readiness category=readiness -->";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    /** The Markdown summary the scan step wrote for legacy-shop. */
    static Path summary;

    @TempDir
    Path temp;

    GitHubStub github;

    @BeforeAll
    static void scanTheSample() throws Exception {
        assumeTrue(ActionScript.bashIsAvailable(), "bash is not available");
        assumeTrue(ActionScript.jqIsAvailable(), "jq is not available");
        Path repository = SampleRepository.materialize("legacy-shop", shared.resolve("legacy-shop"));
        ActionScript.Run scan = ActionScript.run("run.sh", shared.resolve("scan"), Map.of(
                "READINESS_PATH", repository.toString(),
                "READINESS_OUTPUT_DIR", shared.resolve("scan/reports").toString(),
                "READINESS_CLI", Path.of(System.getProperty("java.home"), "bin", "java") + " dev.readiness.cli.ReadinessMain",
                "CLASSPATH", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "XDG_CACHE_HOME", shared.resolve("cache").toString()));
        assertThat(scan.exitCode()).as(scan.log()).isZero();
        summary = Path.of(scan.output().get("summary"));
    }

    @BeforeEach
    void startGitHub() throws IOException {
        github = GitHubStub.start();
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Test
    void theFirstRunCommentsTheMarkerAndTheSummary() throws Exception {
        // Another category's comment (a second scan in the same workflow) is not ours to edit.
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 200, comments(Map.of(
                        11, "Looks good to me", 12, "<!-- repo-readiness category=nightly -->\n## Readiness 40/100")))
                .answer("POST", COMMENTS, 201, "{\"id\": 99, \"html_url\": \"https://github.com/acme/shop/pull/7#issuecomment-99\"}");

        ActionScript.Run run = comment(Map.of());

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(github.requests()).extracting(GitHubStub.Request::line)
                .containsExactly("GET " + COMMENTS + "?per_page=100&page=1", "POST " + COMMENTS);
        GitHubStub.Request post = github.requests().get(1);
        String body = JSON.readTree(post.body()).get("body").asText();
        assertThat(body).isEqualTo(MARKER + "\n" + Files.readString(summary, StandardCharsets.UTF_8));
        assertThat(body).startsWith(MARKER + "\n## Readiness ");
        assertThat(github.requests()).extracting(GitHubStub.Request::authorization).containsOnly("Bearer t0ken");
        assertThat(run.log()).contains("commented the summary on pull request #7: "
                + "https://github.com/acme/shop/pull/7#issuecomment-99");
    }

    @Test
    void aLaterRunEditsItsCommentInPlaceEvenPastTheFirstPageOfComments() throws Exception {
        // 100 comments fill the first page; on the second, a reply that quotes the marker comes before ours.
        Map<Integer, String> second = Map.of(300, "> " + MARKER + "\n> ## Readiness 57/100\nwhy?",
                301, MARKER + "\n## Readiness 55/100");
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 200, comments(hundredComments()))
                .answer("GET", COMMENTS + "?per_page=100&page=2", 200, comments(second))
                .answer("PATCH", "/repos/acme/shop/issues/comments/301", 200,
                        "{\"id\": 301, \"html_url\": \"https://github.com/acme/shop/pull/7#issuecomment-301\"}");

        ActionScript.Run run = comment(Map.of());

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(github.requests()).extracting(GitHubStub.Request::line).containsExactly(
                "GET " + COMMENTS + "?per_page=100&page=1", "GET " + COMMENTS + "?per_page=100&page=2",
                "PATCH /repos/acme/shop/issues/comments/301");
        assertThat(JSON.readTree(github.requests().get(2).body()).get("body").asText())
                .isEqualTo(MARKER + "\n" + Files.readString(summary, StandardCharsets.UTF_8));
        assertThat(run.log()).contains("updated the summary comment on pull request #7: "
                + "https://github.com/acme/shop/pull/7#issuecomment-301");
    }

    @Test
    void theMarkerNamesTheCategorySoEachScanKeepsItsOwnComment() throws Exception {
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 200, comments(Map.of(5, MARKER + "\nthe default one",
                        6, "<!-- repo-readiness category=readiness-web -->\nthe web one")))
                .answer("PATCH", "/repos/acme/shop/issues/comments/6", 200, "{\"id\": 6}");

        ActionScript.Run run = comment(Map.of("READINESS_CATEGORY", "readiness-web/"));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(github.requests()).extracting(GitHubStub.Request::line).containsExactly(
                "GET " + COMMENTS + "?per_page=100&page=1", "PATCH /repos/acme/shop/issues/comments/6");
        assertThat(JSON.readTree(github.requests().get(1).body()).get("body").asText())
                .startsWith("<!-- repo-readiness category=readiness-web -->\n## Readiness ");
    }

    @Test
    void aSummaryLongerThanACommentMayBeIsReplacedByAPointerToTheJobSummary() throws Exception {
        Path tooLong = Files.writeString(temp.resolve("long.md"), "## Readiness\n" + "x".repeat(65_600));
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 200, "[]").answer("POST", COMMENTS, 201, "{\"id\": 1}");

        ActionScript.Run run = comment(Map.of("READINESS_SUMMARY", tooLong.toString()));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(JSON.readTree(github.requests().get(1).body()).get("body").asText()).isEqualTo(MARKER
                + "\nThe readiness summary is longer than a comment may be: see the job summary of this run.\n");
    }

    @Test
    void aForksPullRequestIsSkippedWithANoticeWithoutCallingGitHub() throws Exception {
        ActionScript.Run run = comment(Map.of("READINESS_PR_HEAD_REPO", "someone/shop"));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("::notice::readiness action: the pull request comes from the fork someone/shop,"
                + " whose token is read-only: no comment");
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void aTokenThatMayNotWriteIsSkippedWithANotice() throws Exception {
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 200, "[]")
                .answer("POST", COMMENTS, 403, "{\"message\": \"Resource not accessible by integration\"}");

        ActionScript.Run run = comment(Map.of());

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(github.requests()).extracting(GitHubStub.Request::line).containsExactly(
                "GET " + COMMENTS + "?per_page=100&page=1", "POST " + COMMENTS);
        assertThat(run.log()).contains("::notice::readiness action: the token may not comment on the pull request"
                + " (HTTP 403: Resource not accessible by integration); no comment. Grant the job"
                + " 'pull-requests: write' for one");
    }

    @Test
    void anyOtherFailureIsAWarningThatDoesNotFailTheJobAfterReadsAreTriedAgain() throws Exception {
        github.answer("GET", COMMENTS + "?per_page=100&page=1", 502, "{\"message\": \"Server Error\"}");

        ActionScript.Run run = comment(Map.of());

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("::warning::readiness action: could not read the pull request's comments"
                + " (HTTP 502: Server Error); no comment");
        assertThat(github.requests()).extracting(GitHubStub.Request::line).containsExactly(
                "GET " + COMMENTS + "?per_page=100&page=1", "GET " + COMMENTS + "?per_page=100&page=1",
                "GET " + COMMENTS + "?per_page=100&page=1");
    }

    @Test
    void outsideAPullRequestNothingIsCommented() throws Exception {
        ActionScript.Run run = comment(Map.of("READINESS_PR_NUMBER", ""));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("not a pull request: no comment");
        assertThat(github.requests()).isEmpty();
    }

    /** A same-repository pull request #7 of acme/shop, the token "t0ken", GitHub's API at the stub. */
    private ActionScript.Run comment(Map<String, String> overrides) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(Map.of("READINESS_SUMMARY", summary.toString(),
                "READINESS_TOKEN", "t0ken", "READINESS_PR_NUMBER", "7", "READINESS_PR_HEAD_REPO", "acme/shop",
                "GITHUB_REPOSITORY", "acme/shop", "GITHUB_API_URL", github.url()));
        environment.putAll(overrides);
        return ActionScript.run("comment.sh", temp.resolve("comment"), environment);
    }

    /** Issue comments as GitHub lists them (id, body, user), in id order. */
    private static String comments(Map<Integer, String> bodies) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        bodies.keySet().stream().sorted().forEach(id -> list.addObject().put("id", id).put("body", bodies.get(id))
                .putObject("user").put("login", "someone"));
        return list.toString();
    }

    private static Map<Integer, String> hundredComments() {
        Map<Integer, String> bodies = new HashMap<>();
        IntStream.rangeClosed(1, 100).forEach(id -> bodies.put(id, "comment " + id));
        return bodies;
    }
}
