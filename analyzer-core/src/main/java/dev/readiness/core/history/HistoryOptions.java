package dev.readiness.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How much history to read and how: a limit in commits and/or a start date (null: all history), the
 * recent window used for hotspots and coupling (measured back from the HEAD commit's time, not the wall
 * clock, so results do not change by themselves), first-parent walking, diff threads, the author
 * patterns treated as bots, and the branch, tag or commit the walk starts from (null: HEAD).
 */
public record HistoryOptions(Integer maxCommits, Instant since, Duration recentWindow, boolean firstParentOnly,
                             int threads, List<Pattern> botAuthors, String ref) {

    /** dependabot, renovate, github-actions and other "[bot]" accounts. */
    public static final List<Pattern> DEFAULT_BOTS = List.of(
            Pattern.compile("(?i).*\\[bot\\].*"),
            Pattern.compile("(?i)^(dependabot|renovate|github-actions|greenkeeper|snyk-bot|depfu|mergify|"
                    + "pre-commit-ci|allcontributors)\\b.*"));

    public static HistoryOptions defaults(int threads) {
        return new HistoryOptions(null, null, Duration.ofDays(365), true, threads, DEFAULT_BOTS, null);
    }
}
