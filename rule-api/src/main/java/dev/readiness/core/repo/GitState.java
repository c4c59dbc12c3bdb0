package dev.readiness.core.repo;

import java.time.Instant;

/**
 * What the scan knows about the repository's history: whether there is one, and if so the HEAD commit and its
 * commit time, the branch (null when HEAD is detached) and whether the clone is shallow.
 */
public record GitState(HistoryAvailability availability, String headCommit, Instant headCommitTime, String branch,
                       boolean shallow) {

    public enum HistoryAvailability {
        AVAILABLE("Git history available"),
        NOT_A_GIT_REPOSITORY("not a Git repository: history-based analysis is not available"),
        NO_COMMITS("the Git repository has no commits yet: history-based analysis is not available");

        private final String description;

        HistoryAvailability(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** No usable history, for the reason {@code why}. */
    public static GitState none(HistoryAvailability why) {
        return new GitState(why, null, null, null, false);
    }

    public boolean hasHistory() {
        return availability == HistoryAvailability.AVAILABLE;
    }

    /** HEAD is a commit, not a branch. */
    public boolean detached() {
        return hasHistory() && branch == null;
    }
}
