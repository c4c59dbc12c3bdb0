package dev.readiness.core.score;

import dev.readiness.core.rule.Level;
import java.util.Locale;

/** Small arithmetic and wording shared by the category scores. */
final class Scores {

    private Scores() {
    }

    static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Measured values are kept to four decimals so reports stay short and stable. */
    static Double fourDecimals(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    /** The weight of a level in checklists and rates: error 3, warning 2, note 1. */
    static int weight(Level level) {
        return switch (level) {
            case ERROR -> 3;
            case WARNING -> 2;
            case NOTE -> 1;
        };
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
