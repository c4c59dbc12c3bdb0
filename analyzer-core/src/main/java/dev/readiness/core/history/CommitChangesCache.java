package dev.readiness.core.history;

import java.util.List;
import java.util.Optional;

/**
 * Per-commit changes kept between scans, keyed by commit id. A commit's changes never change, so only
 * whether its lines were counted decides whether an entry can be used. Implementations are thread-safe.
 */
public interface CommitChangesCache {

    /** The changes of one commit and whether their line counts are real (else -1). */
    record Entry(boolean linesCounted, List<FileChange> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    CommitChangesCache NONE = new CommitChangesCache() {
        @Override
        public Optional<Entry> get(String commitId) {
            return Optional.empty();
        }

        @Override
        public void put(String commitId, Entry entry) {
            // nothing kept
        }
    };

    /** The changes kept for {@code commitId}, empty when the commit was never read. */
    Optional<Entry> get(String commitId);

    /** Keeps the changes of {@code commitId} for later scans. */
    void put(String commitId, Entry entry);
}
