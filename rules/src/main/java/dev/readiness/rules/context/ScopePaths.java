package dev.readiness.rules.context;

import dev.readiness.core.rule.RepositoryContext;

/** Paths relative to the scanned directory, which is what documents and build files name. */
final class ScopePaths {

    private ScopePaths() {
    }

    /**
     * {@code path} relative to the scanned directory: "" for the directory itself (where a scanned subdirectory's
     * own build module sits), unchanged for a path outside it.
     */
    static String inScope(RepositoryContext context, String path) {
        String scope = context.scope();
        if (scope.isEmpty()) {
            return path;
        }
        if (path.equals(scope)) {
            return "";
        }
        return path.startsWith(scope + "/") ? path.substring(scope.length() + 1) : path;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
