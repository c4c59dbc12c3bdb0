package dev.readiness.core.analysis;

import java.util.Comparator;

/**
 * For reports: the files under {@code root} got {@code role} (its id: production, test, test-fixture, generated,
 * vendored, sample, build, docs, other) because of {@code reason}; {@code files} counts them.
 */
public record FileRoleSummary(String root, String role, String reason, int files) implements Comparable<FileRoleSummary> {

    private static final Comparator<FileRoleSummary> ORDER = Comparator.comparing(FileRoleSummary::root)
            .thenComparing(FileRoleSummary::reason).thenComparing(FileRoleSummary::role);

    @Override
    public int compareTo(FileRoleSummary other) {
        return ORDER.compare(this, other);
    }
}
