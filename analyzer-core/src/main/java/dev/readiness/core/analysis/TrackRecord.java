package dev.readiness.core.analysis;

import java.time.Instant;

/**
 * What a backtest says of the hotspot ranking, for the reports of a scan run with {@code --track-record}: at T0 (a
 * window's length before HEAD) the hotspot rule would have flagged {@code flaggedFiles} files holding
 * {@code flaggedCodeShare} of the code, which received {@code flaggedFixShare} of the fix touches of the window
 * since; and the ROC AUC of the file risk (the hotspot rule's ranking), the change count and the size for "the
 * file got a fix". When no
 * backtest could be made, {@code unavailable} says why and nothing else is set.
 */
public record TrackRecord(String t0Commit, Instant t0Time, Instant endTime, String window, int fixCommits,
                          int filesRanked, int filesWithFixes, boolean judged, int flaggedFiles,
                          double flaggedCodeShare, double flaggedFixShare, double riskAuc, double changesAuc,
                          double sizeAuc, String unavailable) {

    /** No track record: the repository has no history to go back in, too little, or a backtest failed. */
    public static TrackRecord unavailable(String reason) {
        return new TrackRecord(null, null, null, null, 0, 0, 0, false, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                reason);
    }

    public boolean available() {
        return unavailable == null;
    }
}
