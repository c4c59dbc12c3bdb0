package dev.readiness.core.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The six categories of rules and of the score, in report order, with their default weights (readiness.yml
 * may override them). A category's id is the first segment of its rules' ids and a key of the weights
 * section. It lives in config, the lowest package that names categories, so that config, rule, score and
 * report share this one list without a package cycle (rule already depends on config).
 */
public enum Category {
    ARCHITECTURE(20),
    MODULARITY(20),
    TESTING(20),
    HISTORY(15),
    CONTEXT(15),
    HYGIENE(10);

    private final double defaultWeight;

    Category(double defaultWeight) {
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
    public double weight(Map<String, Double> overrides) {
        return overrides.getOrDefault(id(), defaultWeight);
    }

    /** The ids of all categories, in report order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Category::id).toList();
    }

    /** The category with this id, if there is one. */
    public static Optional<Category> of(String id) {
        return Arrays.stream(values()).filter(category -> category.id().equals(id)).findFirst();
    }
}
