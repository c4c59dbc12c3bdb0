package dev.readiness.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The history of one file under its current path (renames followed): how often it changed overall and in
 * the recent window, lines added and deleted in the recent window, who created it, who changed it how
 * often (by author key, see {@link History#authorKey(Commit)}, one key per person), when it first and last changed,
 * and each change by author and time, newest first. Changes are the commits that are not sweeps
 * ({@link CommitKind#SWEEP}): a sweep counts only for the files it adds.
 */
public record FileHistory(String path, int revisions, int recentRevisions, long recentLinesAdded,
                          long recentLinesDeleted, String creator, Instant firstChange, Instant lastChange,
                          Map<String, Integer> revisionsByAuthor, List<Revision> timeline) {

    /** One change of the file: who made it (author key) and when. */
    public record Revision(String author, Instant time) {
    }

    public FileHistory {
        revisionsByAuthor = Map.copyOf(revisionsByAuthor);
        timeline = List.copyOf(timeline);
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
