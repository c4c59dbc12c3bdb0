package dev.readiness.core.rule;

import java.util.Objects;

/**
 * Why a finding is suppressed in the source: the marker that matched ({@code readiness:<rule-id>} in a
 * {@code @SuppressWarnings}, or a {@code readiness:ignore} comment), its reason (empty when none was given)
 * and where the marker is, so reports can point at it.
 */
public record Suppression(String reason, String path, int line) {

    public Suppression {
        Objects.requireNonNull(path, "path");
        reason = reason == null ? "" : reason;
    }
}
