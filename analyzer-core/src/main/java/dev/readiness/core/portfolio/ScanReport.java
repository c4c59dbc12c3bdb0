package dev.readiness.core.portfolio;

import dev.readiness.core.score.ReadinessScore;
import java.time.Instant;
import java.util.List;

/**
 * What the portfolio takes from one JSON scan report: where it was found ({@code file}, relative to the reports
 * directory, '/' separators), the tool version that wrote it, the repository and commit, the score and the findings.
 */
public record ScanReport(String file, String toolVersion, Target target, Score score, Findings findings) {

    /** The repository and the commit scanned; commit and time are null outside Git. */
    public record Target(RepositoryKey key, String headCommit, Instant headCommitTime, String branch) {
    }

    /**
     * The overall score (one decimal) and level, both null when nothing was measured; the measured category with the
     * lowest score and the one that costs the most points, each null when there is none.
     */
    public record Score(Double overall, String level, CategoryMark weakest, ReadinessScore.Drag biggestDrag,
                        List<CategoryMark> categories) {

        public Score {
            categories = List.copyOf(categories);
        }
    }

    /** A measured category and its score. */
    public record CategoryMark(String category, double score) {
    }

    /**
     * The active findings by level and by rule (rules with findings only, in id order), and each of them as the
     * report lists it.
     */
    public record Findings(int total, int errors, int warnings, int notes, List<RuleTally> byRule,
                           List<FindingEntry> active) {

        public Findings {
            byRule = List.copyOf(byRule);
            active = List.copyOf(active);
        }
    }

    /** One active finding: its stable fingerprint (empty when the report has none), rule, place and message. */
    public record FindingEntry(String fingerprint, String ruleId, String path, int line, String message) {
    }

    /** One rule's active findings in a report and the score points fixing them gains (their impacts summed). */
    public record RuleTally(String ruleId, String summary, int findings, double points) {
    }

    public RepositoryKey key() {
        return target.key();
    }

    /** The score as every report shows it: the overall score rounded to a whole number; null when not measured. */
    public Long shownScore() {
        return score.overall() == null ? null : Math.round(score.overall());
    }
}
