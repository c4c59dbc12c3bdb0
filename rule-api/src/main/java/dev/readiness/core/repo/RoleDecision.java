package dev.readiness.core.repo;

import java.util.Objects;

/**
 * Why the files under {@code root} (a repository-relative directory or glob) have {@code role}: the build file
 * and element that declared it, the convention that matched, or readiness.yml; {@code files} counts them.
 */
public record RoleDecision(String root, FileKind role, String reason, int files) implements Comparable<RoleDecision> {

    public RoleDecision {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reason, "reason");
    }

    public RoleDecision withFiles(int count) {
        return new RoleDecision(root, role, reason, count);
    }

    @Override
    public int compareTo(RoleDecision other) {
        int byRoot = root.compareTo(other.root);
        return byRoot != 0 ? byRoot : reason.compareTo(other.reason);
    }
}
