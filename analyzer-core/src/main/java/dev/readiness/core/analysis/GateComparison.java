package dev.readiness.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the findings were compared against so that only new ones gate: a baseline file (its name as given,
 * null when none) and/or a Git ref whose merge base with HEAD was scanned too (null when none).
 * {@code absent} lists baseline entries no finding matched any more (fixed, or moved to another symbol);
 * {@code delta} how the branch moved the score and its files' code health since the merge base (null without a ref).
 */
public record GateComparison(String baselineFile, String newSinceRef, String mergeBase, List<BaselineEntry> absent,
                             MergeBaseDelta delta) {

    public GateComparison {
        absent = absent == null ? List.of() : absent.stream().sorted().toList();
    }

    /** A comparison without a merge base's delta. */
    public GateComparison(String baselineFile, String newSinceRef, String mergeBase, List<BaselineEntry> absent) {
        this(baselineFile, newSinceRef, mergeBase, absent, null);
    }

    public static GateComparison none() {
        return new GateComparison(null, null, null, List.of());
    }

    public boolean isActive() {
        return baselineFile != null || newSinceRef != null;
    }

    /**
     * What was compared against, in words for the reports: "baseline F and changes since R", with the file
     * and ref names passed through {@code name} (quoting or escaping for the report's format).
     */
    public String against(UnaryOperator<String> name) {
        List<String> parts = new ArrayList<>();
        if (baselineFile != null) {
            parts.add("baseline " + name.apply(baselineFile));
        }
        if (newSinceRef != null) {
            parts.add("changes since " + name.apply(newSinceRef));
        }
        return String.join(" and ", parts);
    }
}
