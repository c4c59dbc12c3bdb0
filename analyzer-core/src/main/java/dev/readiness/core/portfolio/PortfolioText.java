package dev.readiness.core.portfolio;

import dev.readiness.core.portfolio.ScanReport.Findings;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.report.TrackRecordText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The portfolio's cells as words, the same in Markdown and HTML; "–" stands for what a report could not tell. */
final class PortfolioText {

    static final String NONE = "\u2013";

    private PortfolioText() {
    }

    /** The whole-number score as every report shows it. */
    static String score(ScanReport report) {
        Long shown = report.shownScore();
        return shown == null ? NONE : String.valueOf(shown);
    }

    static String level(ScanReport report) {
        return report.score().level() == null ? "not measured" : report.score().level();
    }

    /** "testing 26": the weakest measured category and its score as shown. */
    static String weakest(ScanReport report) {
        ScanReport.CategoryMark weakest = report.score().weakest();
        return weakest == null ? NONE : weakest.category() + " " + Math.round(weakest.score());
    }

    /** "testing, 14.8 points of 100 lost", as the scan reports phrase it. */
    static String drag(ScanReport report) {
        return report.score().biggestDrag() == null ? NONE : ScoreText.dragPhrase(report.score().biggestDrag());
    }

    /** "30 (2 warnings, 28 notes)". */
    static String findings(Findings findings) {
        List<String> parts = new ArrayList<>();
        addCount(parts, findings.errors(), "error");
        addCount(parts, findings.warnings(), "warning");
        addCount(parts, findings.notes(), "note");
        return findings.total() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static void addCount(List<String> parts, int count, String level) {
        if (count > 0) {
            parts.add(count + " " + level + (count == 1 ? "" : "s"));
        }
    }

    /** "53a9de965a (2022-09-20)", or "not a Git repository". */
    static String commit(ScanReport.Target target) {
        if (target.headCommit() == null) {
            return "not a Git repository";
        }
        String commit = TrackRecordText.shortCommit(target.headCommit());
        return target.headCommitTime() == null ? commit : commit + " (" + TrackRecordText.day(target.headCommitTime())
                + ")";
    }

    /** "64.5 at 1a2b3c4d5e (2024-05-06)": a score with one decimal and the commit it describes. */
    static String scoreAt(ScanReport report) {
        Double overall = report.score().overall();
        return (overall == null ? "not measured" : oneDecimal(overall)) + " at " + commit(report.target());
    }

    /** "+8.1", "-2.0", "0.0"; "–" when unknown. */
    static String change(Double change) {
        return change == null ? NONE : String.format(Locale.ROOT, "%+.1f", change).replace("+0.0", "0.0")
                .replace("-0.0", "0.0");
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "1 not ready, 2 supervised": how many repositories are at each level, in the order of the levels. */
    static String levelCounts(Portfolio portfolio) {
        List<String> parts = new ArrayList<>();
        for (String level : List.of("not ready", "assisted", "supervised", "ready", "not measured")) {
            long count = portfolio.repositories().stream().filter(repository -> level(repository.latest()).equals(level))
                    .count();
            if (count > 0) {
                parts.add(count + " " + level);
            }
        }
        return String.join(", ", parts);
    }
}
