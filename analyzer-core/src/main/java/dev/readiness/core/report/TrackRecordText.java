package dev.readiness.core.report;

import dev.readiness.core.analysis.TrackRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The track record of the hotspot ranking in words, for the text report and {@code readiness backtest}. */
public final class TrackRecordText {

    private static final int SHORT_COMMIT = 10;

    private TrackRecordText() {
    }

    /** A heading and two sentences: what the flagged files received, and how the rankings compare. */
    public static List<String> lines(TrackRecord record) {
        List<String> lines = new ArrayList<>();
        lines.add("Track record of the hotspot ranking (backtest" + (record.available() ? ", " + record.window() : "")
                + ")");
        if (!record.available()) {
            lines.add("  Not available: " + record.unavailable());
            return lines;
        }
        flagged(record).forEach(half -> lines.add("  " + half));
        if (!record.judged()) {
            lines.add(String.format(Locale.ROOT, "  Not enough history to judge the ranking: the fixes touched %d of "
                    + "the %d files ranked.", record.filesWithFixes(), record.filesRanked()));
        } else {
            lines.add("  Foretelling which files got a fix (AUC; 0.5 is chance, 1 perfect):");
            lines.add(String.format(Locale.ROOT, "  file risk (the hotspot ranking) %s, change count alone %s, size alone %s.",
                    auc(record.riskAuc()), auc(record.changesAuc()), auc(record.sizeAuc())));
        }
        return lines;
    }

    /**
     * What the flagged files received, in two halves that fit a terminal line each: "On 2025-08-21 (8f4107953d) the
     * hotspot rule would have flagged 10 files, 4 % of the code;" and "they received 31 % of the fix touches ...".
     */
    public static List<String> flagged(TrackRecord record) {
        boolean one = record.flaggedFiles() == 1;
        return List.of(String.format(Locale.ROOT, "On %s (%s) the hotspot rule would have flagged %d %s, %s of the code;",
                        day(record.t0Time()), shortCommit(record.t0Commit()),
                        record.flaggedFiles(), one ? "file" : "files", percent(record.flaggedCodeShare())),
                String.format(Locale.ROOT, "%s received %s of the fix touches of the %d defect fixes up to %s.",
                        one ? "it" : "they", percent(record.flaggedFixShare()), record.fixCommits(),
                        day(record.endTime())));
    }

    private static String auc(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A share as a whole per cent: "31 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** The first characters of a commit id, as the reports show it. */
    public static String shortCommit(String commit) {
        return commit.substring(0, Math.min(SHORT_COMMIT, commit.length()));
    }

    /** The UTC day of an instant, yyyy-MM-dd. */
    public static String day(Instant time) {
        return time.toString().substring(0, 10);
    }

    /** "2026-12-05 05:52 UTC": a moment to the minute, as reports show the time of a scan. */
    public static String minute(Instant time) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC).format(time);
    }
}
