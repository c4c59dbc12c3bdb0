package dev.readiness.core.analysis;

import dev.readiness.core.rule.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What changed since a previous report of the same repository ({@code scan --compare}): the commit it scanned, the
 * overall score and each category then and now (null where not measured), the active findings that are new and
 * those that are gone, matched by their stable fingerprints.
 */
public record Trend(String previousFile, String previousCommit, Instant previousCommitTime, Change overall,
                    List<CategoryChange> categories, List<Finding> newFindings, List<GoneFinding> goneFindings) {

    public Trend {
        categories = List.copyOf(categories);
        newFindings = List.copyOf(newFindings);
        goneFindings = List.copyOf(goneFindings);
    }

    /** A score then and now; either is null when it was not measured. */
    public record Change(Double before, Double now) {

        /** Now minus before, one decimal; null unless both were measured. */
        public Double change() {
            return before == null || now == null ? null : Math.round((now - before) * 10) / 10.0;
        }
    }

    /** One category's score then and now. */
    public record CategoryChange(String category, Change change) {
    }

    /** A finding of the previous report that this scan no longer reports, as that report listed it. */
    public record GoneFinding(String ruleId, String path, int line, String message) {
    }
}
