package dev.readiness.core.analysis;

import java.util.List;

/**
 * What the findings were compared against so that only new ones gate: a baseline file (its name as given,
 * null when none) and/or a Git ref whose merge base with HEAD marks the lines that changed (null when none).
 * {@code absent} lists baseline entries no finding matched any more (fixed, or moved to another symbol).
 */
public record GateComparison(String baselineFile, String newSinceRef, String mergeBase, List<BaselineEntry> absent) {

    public GateComparison {
        absent = absent == null ? List.of() : absent.stream().sorted().toList();
    }

    public static GateComparison none() {
        return new GateComparison(null, null, null, List.of());
    }

    public boolean isActive() {
        return baselineFile != null || newSinceRef != null;
    }
}
