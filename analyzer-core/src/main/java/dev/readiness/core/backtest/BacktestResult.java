package dev.readiness.core.backtest;

import dev.readiness.core.analysis.TrackRecord;
import dev.readiness.core.metrics.DesignSignals;
import dev.readiness.core.metrics.FileRisk;
import dev.readiness.core.metrics.HealthBand;
import java.time.Instant;
import java.util.List;

/**
 * What a backtest found: how well each ranking made at T0 foretold the files that the window's defect fixes
 * touched, how the hotspots flagged at T0 fared, and the fixes per thousand lines of each code-health band.
 *
 * @param files          the production Java files at T0 that were ranked
 * @param filesWithFixes how many of them at least one fix touched
 * @param fixTouches     fix commits times files touched, over the ranked files
 * @param fileRows       every ranked file with what was known of it at T0 and the fixes it got after, by path
 */
public record BacktestResult(String repository, String t0Commit, Instant t0Time, String endCommit, Instant endTime,
                             String window, String fixDefinition, int windowCommits, int fixCommits, int files,
                             int filesWithFixes, int fixTouches, List<Ranking> rankings, Flagged flagged,
                             List<Band> bands, List<FileRow> fileRows) {

    /** Fewer files touched by fixes than this, and no measure is judged: one fix more would swing them. */
    public static final int MIN_FILES_WITH_FIXES = 20;

    public BacktestResult {
        rankings = List.copyOf(rankings);
        bands = List.copyOf(bands);
        fileRows = List.copyOf(fileRows);
    }

    /** Whether there is enough history to judge the rankings. */
    public boolean judged() {
        return filesWithFixes >= MIN_FILES_WITH_FIXES;
    }

    /** What a scan's reports show of this backtest. */
    public TrackRecord trackRecord() {
        return new TrackRecord(t0Commit, t0Time, endTime, window, fixCommits, files, filesWithFixes, judged(),
                flagged.files(), flagged.codeShare(), flagged.fixShare(), auc("risk"), auc("changes"), auc("size"),
                null);
    }

    private double auc(String ranking) {
        return rankings.stream().filter(candidate -> candidate.id().equals(ranking)).findFirst()
                .map(Ranking::auc).orElse(Double.NaN);
    }

    /**
     * One ranking's measures. {@code auc}: ROC AUC for "got a fix" (NaN without both kinds of file);
     * {@code effortAwareRecall}: the share of fix touches found reading the first 20 % of the lines in its order;
     * the first 10 files' and the first tenth of the files' shares of the fix touches and of the lines;
     * {@code effortCurve}: the share of fix touches found after reading 0 %, 5 %, ... 100 % of the lines in its order.
     */
    public record Ranking(String id, String description, double auc, double effortAwareRecall, double topTenFixShare,
                          double topTenCodeShare, double topTenthFixShare, double topTenthCodeShare,
                          List<Double> effortCurve) {

        public Ranking {
            effortCurve = List.copyOf(effortCurve);
        }
    }

    /** The hotspots the hotspot rule would have reported at T0: how many, their share of the lines and of the fixes. */
    public record Flagged(int files, double codeShare, double fixShare) {
    }

    /** One code-health band at T0: its files, lines and fix touches, and fix touches per thousand lines. */
    public record Band(HealthBand band, int files, long linesOfCode, int fixTouches) {

        public double fixesPerThousandLines() {
            return linesOfCode == 0 ? 0 : fixTouches * 1000.0 / linesOfCode;
        }
    }

    /**
     * One ranked file: what was known at T0 (size, health, changes in the 12 months before and in all history, lines
     * added and deleted in those 12 months, their distinct authors and defect fixes, days since the file was created,
     * the code-health biomarkers found in it, the design signals health does not charge for yet) and the fix
     * commits that touched it in the window after.
     */
    public record FileRow(String path, int linesOfCode, double health, int recentChanges, int changes,
                          long recentChurn, int recentAuthors, int recentFixes, long ageDays, List<String> biomarkers,
                          DesignSignals design, int fixes) {

        public FileRow {
            biomarkers = List.copyOf(biomarkers);
        }

        /** The file's risk at T0, as the hotspot rule ranks it ({@link FileRisk}). */
        public double risk() {
            return FileRisk.of(linesOfCode, recentChanges);
        }
    }
}
