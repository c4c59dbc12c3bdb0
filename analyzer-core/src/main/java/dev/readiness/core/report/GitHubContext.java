package dev.readiness.core.report;

import java.util.Map;
import java.util.Optional;

/**
 * Where a commit's files can be browsed on GitHub, for absolute links in the Markdown summary. Built from
 * an environment map the caller passes in (the CLI hands over the process environment), so the report
 * writers never read the environment themselves and stay deterministic.
 */
public record GitHubContext(String serverUrl, String repository, String commit) {

    public GitHubContext {
        serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
    }

    /** From GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA; empty unless all three are set. */
    public static Optional<GitHubContext> from(Map<String, String> environment) {
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String commit = environment.get("GITHUB_SHA");
        if (isBlank(server) || isBlank(repository) || isBlank(commit)) {
            return Optional.empty();
        }
        return Optional.of(new GitHubContext(server.strip(), repository.strip(), commit.strip()));
    }

    /** {@code <server>/<repository>/blob/<commit>/<path>#L<line>}, with the path percent-encoded. */
    public String blobUrl(String path, int line) {
        return serverUrl + "/" + repository + "/blob/" + commit + "/" + UriPaths.encode(path) + "#L" + line;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
