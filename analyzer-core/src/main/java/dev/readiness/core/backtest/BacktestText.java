package dev.readiness.core.backtest;

import dev.readiness.core.report.ShownText;
import dev.readiness.core.report.TrackRecordText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The backtest for a terminal: what was compared, a table of the rankings, the flagged hotspots and the bands; lines
 * as {@link ShownText} shows them.
 */
public final class BacktestText {

    private BacktestText() {
    }

    public static List<String> lines(BacktestResult result) {
        return rawLines(result).stream().map(ShownText::of).toList();
    }

    private static List<String> rawLines(BacktestResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Backtest of " + result.repository() + ": ranked at "
                + TrackRecordText.shortCommit(result.t0Commit()) + " (" + TrackRecordText.day(result.t0Time())
                + "), fixes counted to " + TrackRecordText.shortCommit(result.endCommit()) + " ("
                + TrackRecordText.day(result.endTime()) + "), " + result.window());
        lines.add(String.format(Locale.ROOT, "%d commits, %d defect fixes; they touched %d of the %d production Java "
                        + "files ranked (%d file touches)", result.windowCommits(), result.fixCommits(),
                result.filesWithFixes(), result.files(), result.fixTouches()));
        lines.add("Fixes: " + result.fixDefinition());
        lines.add("");
        if (!result.judged()) {
            lines.add(String.format(Locale.ROOT, "Not enough history to judge: fixes touched %d files, fewer than %d. "
                    + "Choose an earlier --at or a longer --window.", result.filesWithFixes(),
                    BacktestResult.MIN_FILES_WITH_FIXES));
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "%-16s %6s  %14s  %20s  %22s", "ranking", "AUC", "recall@20% LOC",
                "top 10: fixes/code", "top 10 %: fixes/code"));
        for (BacktestResult.Ranking ranking : result.rankings()) {
            lines.add(String.format(Locale.ROOT, "%-16s %6s  %14s  %20s  %22s", ranking.id(), auc(ranking.auc()),
                    TrackRecordText.percent(ranking.effortAwareRecall()),
                    TrackRecordText.percent(ranking.topTenFixShare()) + " / " + TrackRecordText.percent(ranking.topTenCodeShare()),
                    TrackRecordText.percent(ranking.topTenthFixShare()) + " / " + TrackRecordText.percent(ranking.topTenthCodeShare())));
        }
        lines.add("");
        for (BacktestResult.Ranking ranking : result.rankings()) {
            lines.add(String.format(Locale.ROOT, "  %-16s %s", ranking.id(), ranking.description()));
        }
        lines.add("");
        lines.add("Track record: " + String.join(" ", TrackRecordText.flagged(result.trackRecord())));
        lines.add("Fixes per 1,000 lines by code health at T0: " + result.bands().stream()
                .map(band -> String.format(Locale.ROOT, "%s %.2f (%d files)", band.band().id(),
                        band.fixesPerThousandLines(), band.files()))
                .collect(Collectors.joining("; ")));
        return lines;
    }

    private static String auc(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
