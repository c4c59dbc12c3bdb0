package dev.readiness.cli;

import dev.readiness.core.history.HistoryOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Turns the history options of {@code scan} into {@link HistoryOptions}, with a clear message for bad values. */
final class HistoryLimits {

    private HistoryLimits() {
    }

    /** The history options of the command line, as typed. */
    record Arguments(String since, String commits, boolean allParents, String ref) {
    }

    static HistoryOptions options(Arguments arguments, int threads) throws UsageException {
        HistoryOptions defaults = HistoryOptions.defaults(threads);
        if (arguments.ref() != null && arguments.ref().isBlank()) {
            throw new UsageException("--ref: give a branch, tag or commit");
        }
        return new HistoryOptions(arguments.commits() == null ? null : commits(arguments.commits()),
                arguments.since() == null ? null : since(arguments.since()),
                defaults.recentWindow(), !arguments.allParents(), threads, defaults.botAuthors(), arguments.ref());
    }

    /** The start of the day (UTC) of an ISO date, yyyy-MM-dd. */
    private static Instant since(String since) throws UsageException {
        try {
            return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--history-since: '" + since + "' is not a date; expected yyyy-MM-dd, e.g. 2024-01-31");
        }
    }

    private static int commits(String text) throws UsageException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--history-commits: '" + text + "' is not a positive whole number of commits");
    }
}
