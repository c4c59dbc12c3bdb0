package dev.readiness.core.config;

import java.util.List;

/**
 * Code in packages matching {@code from} must not use types in packages matching {@code to} (ArchUnit
 * package globs; {@code to} may name library packages too, e.g. {@code java.sql..}). {@code reason}
 * is shown in every finding.
 */
public record ForbiddenDependency(List<String> from, List<String> to, String reason) {

    public ForbiddenDependency {
        from = List.copyOf(from);
        to = List.copyOf(to);
        reason = reason == null ? "" : reason;
    }
}
