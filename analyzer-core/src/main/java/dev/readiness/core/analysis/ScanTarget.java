package dev.readiness.core.analysis;

import java.time.Instant;

/**
 * What was scanned, for reports: a display name, the subdirectory the scan was restricted to ("" for all),
 * the HEAD commit, its commit time and the branch when known (null otherwise), a sentence on history availability and the
 * readiness.yml used (repository-relative when inside the repository; null when none).
 * Absolute paths are left out on purpose: reports must not depend on where the repository lives.
 */
public record ScanTarget(String name, String scope, String headCommit, Instant headCommitTime, String branch,
                         boolean historyAvailable, String historyStatus, String config) {

    public ScanTarget {
        config = config == null || config.isEmpty() ? null : config;
    }
}
