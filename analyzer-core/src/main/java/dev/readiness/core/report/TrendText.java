package dev.readiness.core.report;

import dev.readiness.core.analysis.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What changed since an earlier report ({@code scan --compare}), in words every report shares. */
public final class TrendText {

    private static final int SHORT_COMMIT = 10;

    private TrendText() {
    }

    /** "Since 2766866382 (2021-05-17): 68.1 → 73.0 (+4.9); 3 new findings, 5 gone". */
    public static String headline(Trend trend) {
        return "Since " + since(trend) + ": " + change(trend.overall()) + "; " + count(trend.newFindings().size(),
                "new finding", "new findings") + ", " + trend.goneFindings().size() + " gone";
    }

    /** The previous report's commit and date, or its file when it scanned no commit. */
    public static String since(Trend trend) {
        if (trend.previousCommit() == null) {
            return trend.previousFile();
        }
        String commit = trend.previousCommit().substring(0, Math.min(SHORT_COMMIT, trend.previousCommit().length()));
        return trend.previousCommitTime() == null ? commit : commit + " (" + TrackRecordText.day(
                trend.previousCommitTime()) + ")";
    }

    /** "68.1 → 73.0 (+4.9)", "n/a → 40.0" when one side was not measured. */
    public static String change(Trend.Change change) {
        return value(change.before()) + " → " + value(change.now()) + (change.change() == null ? ""
                : String.format(Locale.ROOT, " (%+.1f)", change.change()));
    }

    /** The categories whose score moved, "testing 20.0 → 26.0 (+6.0)", in category order; empty when none did. */
    public static List<String> movedCategories(Trend trend) {
        return trend.categories().stream().filter(category -> category.change().change() == null
                        ? category.change().before() != null || category.change().now() != null
                        : category.change().change() != 0)
                .map(category -> category.category() + " " + change(category.change())).toList();
    }

    /** The text report's lines: the headline and the categories that moved. */
    public static List<String> lines(Trend trend) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(trend));
        List<String> moved = movedCategories(trend);
        if (!moved.isEmpty()) {
            lines.add("  " + moved.stream().collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String value(Double score) {
        return score == null ? "n/a" : String.format(Locale.ROOT, "%.1f", score);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
