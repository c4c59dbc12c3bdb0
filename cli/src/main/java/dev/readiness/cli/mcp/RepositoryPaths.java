package dev.readiness.cli.mcp;

/** Checks a path an agent gave before anything is looked up: relative to the repository root, never out of it. */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    static String checked(String path) throws ReadinessMcpServer.ToolException {
        if (path == null || path.isBlank()) {
            throw new ReadinessMcpServer.ToolException("give a path relative to the repository root");
        }
        String trimmed = path.strip();
        if (trimmed.startsWith("/") || trimmed.contains("\\") || trimmed.matches("^[A-Za-z]:.*")
                || java.util.List.of(trimmed.split("/")).stream().anyMatch(part -> part.equals("..") || part.equals("."))) {
            throw new ReadinessMcpServer.ToolException("the path " + trimmed + " leaves the repository or is not "
                    + "relative to its root: nothing outside the repository is read");
        }
        return trimmed;
    }
}
