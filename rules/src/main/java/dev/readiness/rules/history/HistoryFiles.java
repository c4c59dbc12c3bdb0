package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.rule.RepositoryContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the history rules share: the usable history and wording. */
final class HistoryFiles {

    private HistoryFiles() {
    }

    /** The history of the scan, when there is one with at least one commit. */
    static Optional<History> of(RepositoryContext context) {
        return context.history().filter(history -> !history.commits().isEmpty());
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
}
