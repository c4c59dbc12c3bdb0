package dev.readiness.rules.context;

import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RepositoryContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a finding about the whole repository is placed: line 1 of the README at the root of the scanned
 * scope, else of the root build file, else of the first file at the root (never on nothing).
 */
final class RepositoryAnchor {

    private static final Set<String> README_NAMES = Set.of(
            "readme", "readme.md", "readme.markdown", "readme.adoc", "readme.asciidoc", "readme.txt");
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle.kts", "build.gradle");

    private RepositoryAnchor() {
    }

    static Optional<Location> readmeOrBuildFile(RepositoryContext context) {
        List<RepoFile> atRoot = atRoot(context);
        return atRoot.stream().filter(file -> README_NAMES.contains(file.fileName().toLowerCase(Locale.ROOT)))
                .findFirst()
                .or(() -> buildFile(context))
                .or(() -> atRoot.stream().findFirst())
                .map(file -> Location.ofLine(file.path(), 1));
    }

    /** The build file at the root of the scope: pom.xml, else build.gradle.kts, else build.gradle. */
    static Optional<RepoFile> buildFile(RepositoryContext context) {
        List<RepoFile> atRoot = atRoot(context);
        for (String name : BUILD_FILES) {
            Optional<RepoFile> found = atRoot.stream().filter(file -> file.fileName().equals(name)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The files directly in the scanned directory. */
    static List<RepoFile> atRoot(RepositoryContext context) {
        return context.files().stream().filter(file -> parent(file.path()).equals(context.scope())).toList();
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
