package dev.readiness.core.config;

import java.time.LocalDate;
import java.time.Period;

/**
 * readiness.yml's history limits: a start date ({@code since}, UTC), or a period back from the HEAD commit
 * ({@code sinceAgo}, for {@code since: "12 months"}), and at most {@code commits} commits; null: no limit. The
 * command-line options {@code --history-since} and {@code --history-commits} win over them.
 */
public record HistorySettings(LocalDate since, Period sinceAgo, Integer commits) {

    public static final HistorySettings NONE = new HistorySettings(null, null, null);
}
