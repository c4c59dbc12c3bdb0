package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * History = 100 × (0.6 × (hotspot health − 1) / 9 + 0.4 × (1 − 0.5^truck factor)); without files changed
 * in the recent window the truck factor alone. Change coupling across module boundaries is not yet an input.
 */
final class HistoryScore {

    static final String ID = Category.HISTORY.id();
    static final double HOTSPOT_WEIGHT = 0.6;
    static final double TRUCK_WEIGHT = 0.4;

    private HistoryScore() {
    }

    static CategoryScore of(HistoryMeasures history) {
        if (!history.available()) {
            return CategoryScore.notMeasured(ID, history.unavailableReason(), List.of());
        }
        List<ScoreInput> inputs = new ArrayList<>();
        double truck = 1 - Math.pow(0.5, history.truckFactor());
        inputs.add(new ScoreInput(HistoryMeasures.TRUCK_FACTOR, (double) history.truckFactor(), "if its "
                + history.truckFactor() + " key author(s) left, fewer than half of the " + history.authoredFiles()
                + " production files would have an author; counts 1 − 0.5^" + history.truckFactor() + " = " + Scores.number(truck)));
        if (history.hotspotHealth() == null) {
            inputs.add(new ScoreInput(HistoryMeasures.HOTSPOT_HEALTH, null,
                    "no production Java file changed in the recent window: the truck factor decides alone"));
            return CategoryScore.measured(ID, 100 * truck, inputs);
        }
        double hotspot = (history.hotspotHealth() - 1) / 9;
        inputs.add(new ScoreInput(HistoryMeasures.HOTSPOT_HEALTH, Scores.fourDecimals(history.hotspotHealth()), "the "
                + history.hotspotFiles() + " most-changed of " + history.changedFiles() + " files changed in the recent"
                + " window have code health " + Scores.number(history.hotspotHealth()) + " (LoC-weighted); counts "
                + Scores.number(hotspot)));
        return CategoryScore.measured(ID, 100 * (HOTSPOT_WEIGHT * hotspot + TRUCK_WEIGHT * truck), inputs);
    }
}
