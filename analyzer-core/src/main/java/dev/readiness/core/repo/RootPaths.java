package dev.readiness.core.repo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Turns a directory named in a build file into a repository-relative path, never one outside the repository. */
final class RootPaths {

    private RootPaths() {
    }

    /** The directory holding {@code path} ("" at the root). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * {@code directory} as written in a build file in {@code baseDirectory}, normalised; empty when it is absolute,
     * still holds an unresolved {@code ${...}}, or climbs out of the repository.
     */
    static Optional<String> resolve(String baseDirectory, String directory) {
        String written = directory.strip().replace('\\', '/');
        if (written.isEmpty() || written.contains("${") || written.startsWith("/") || written.matches("^[A-Za-z]:/.*")) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        String joined = baseDirectory.isEmpty() ? written : baseDirectory + "/" + written;
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /** Whether {@code path} lies in {@code root} ("" holds everything). */
    static boolean contains(String root, String path) {
        return root.isEmpty() || path.startsWith(root + "/");
    }
}
