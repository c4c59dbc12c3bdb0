package dev.readiness.core.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What readiness.yml says about one rule: whether it runs ({@code enabled}), the level its findings get instead of
 * the default ({@code level}: "error", "warning" or "note"; null: the rule's default) and option values by name
 * (absent options keep their defaults).
 */
public record RuleSettings(boolean enabled, String level, Map<String, Double> options) {

    /** A rule readiness.yml does not mention. */
    public static final RuleSettings DEFAULT = new RuleSettings(true, null, Map.of());

    public RuleSettings {
        options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
    }
}
