package dev.readiness.rules.context;

import dev.readiness.core.rule.RepositoryContext;

/** Paths relative to the scanned directory, which is what documents and build files name. */
final class ScopePaths {

    private ScopePaths() {
    }

    /** {@code path} relative to the scanned directory. */
    static String inScope(RepositoryContext context, String path) {
        return context.scope().isEmpty() ? path : path.substring(context.scope().length() + 1);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
