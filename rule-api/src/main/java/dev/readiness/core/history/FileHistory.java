package dev.readiness.core.history;

import java.time.Instant;
import java.util.Map;

/**
 * The history of one file under its current path (renames followed): how often it changed overall and in
 * the recent window, lines added and deleted in the recent window, who created it, who changed it how
 * often (by author key, see {@link History#authorKey(Commit)}, one key per person), and when it first and last changed.
 */
public record FileHistory(String path, int revisions, int recentRevisions, long recentLinesAdded,
                          long recentLinesDeleted, String creator, Instant firstChange, Instant lastChange,
                          Map<String, Integer> revisionsByAuthor) {

    public FileHistory {
        revisionsByAuthor = Map.copyOf(revisionsByAuthor);
    }

    /** The author with the most revisions (ties: the smaller key, for determinism). */
    public String mainAuthor() {
        return revisionsByAuthor.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(creator);
    }

    /** Share of revisions by the main author, 0..1. */
    public double mainAuthorShare() {
        return revisions == 0 ? 0 : revisionsByAuthor.getOrDefault(mainAuthor(), 0) / (double) revisions;
    }
}
