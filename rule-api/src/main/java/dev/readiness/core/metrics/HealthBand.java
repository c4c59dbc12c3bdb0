package dev.readiness.core.metrics;

import java.util.Locale;

/** CodeScene's code-health bands: green from 9, yellow from 4, red below. */
public enum HealthBand {
    GREEN, YELLOW, RED;

    public static final double GREEN_FROM = 9.0;
    public static final double YELLOW_FROM = 4.0;

    /** The band of a code health value from 1 to 10. */
    public static HealthBand of(double health) {
        if (health >= GREEN_FROM) {
            return GREEN;
        }
        return health >= YELLOW_FROM ? YELLOW : RED;
    }

    /** The lower-case name used in reports: "green", "yellow" or "red". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
