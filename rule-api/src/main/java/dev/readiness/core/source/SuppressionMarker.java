package dev.readiness.core.source;

import java.util.Objects;

/**
 * One in-source suppression: findings of {@code ruleId} (or of every rule when it is {@link #ALL_RULES})
 * starting on a line from {@code fromLine} to {@code toLine} are suppressed. {@code markerLine} is where
 * the marker itself is written; {@code reason} is empty when none was given. {@code annotation}: written as
 * {@code @SuppressWarnings}, which has no place for a reason.
 */
public record SuppressionMarker(String ruleId, String reason, int fromLine, int toLine, int markerLine,
                                boolean annotation) {

    /** {@code readiness:all} suppresses every rule. */
    public static final String ALL_RULES = "all";

    public SuppressionMarker {
        Objects.requireNonNull(ruleId, "ruleId");
        reason = reason == null ? "" : reason.strip();
    }

    public boolean covers(String findingRuleId, int line) {
        return (ruleId.equals(ALL_RULES) || ruleId.equals(findingRuleId)) && line >= fromLine && line <= toLine;
    }
}
