package dev.readiness.core.score;

import java.util.Locale;
import java.util.Map;

/** The six score categories, in report order, with their default weights (readiness.yml may override). */
public enum ScoreCategory {
    ARCHITECTURE(20),
    MODULARITY(20),
    TESTING(20),
    HISTORY(15),
    CONTEXT(15),
    HYGIENE(10);

    private final double defaultWeight;

    ScoreCategory(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    /** The category id, the prefix of its rules' ids. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    /** The configured weight when there is one, else the default. */
    double weight(Map<String, Double> overrides) {
        return overrides.getOrDefault(id(), defaultWeight);
    }
}
