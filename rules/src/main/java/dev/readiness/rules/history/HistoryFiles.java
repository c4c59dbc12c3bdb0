package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the history rules share: the usable history, production files of the snapshot, anchors, wording. */
final class HistoryFiles {

    private static final List<String> ROOT_ANCHORS = List.of("pom.xml", "build.gradle.kts", "build.gradle",
            "readme.md", "readme.adoc", "readme.txt", "readme");

    private HistoryFiles() {
    }

    /** The history of the scan, when there is one with at least one commit. */
    static Optional<History> of(RepositoryContext context) {
        return context.history().filter(history -> !history.commits().isEmpty());
    }

    static boolean isProductionJava(RepositoryContext context, String path) {
        return context.isProduction(path) && path.endsWith(".java");
    }

    /** Where a repository-level finding goes: the root build file, else the root README, else the first file. */
    static Optional<RepoFile> repositoryAnchor(RepositoryContext context) {
        List<RepoFile> atRoot = context.files().stream().filter(file -> parent(file.path()).equals(context.scope()))
                .toList();
        for (String name : ROOT_ANCHORS) {
            Optional<RepoFile> anchor = atRoot.stream()
                    .filter(file -> file.fileName().toLowerCase(Locale.ROOT).equals(name)).findFirst();
            if (anchor.isPresent()) {
                return anchor;
            }
        }
        return atRoot.stream().findFirst().or(() -> context.files().stream().findFirst());
    }

    /** "the last 365 days": the recent window, measured back from the HEAD commit. */
    static String recentWindow(History history) {
        return "the last " + Duration.between(history.recentWindowStart(), history.headTime()).toDays() + " days";
    }

    /** Whole months between two instants (30-day months), for messages. */
    static long monthsBetween(Instant from, Instant to) {
        return Duration.between(from, to).toDays() / 30;
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
