package dev.readiness.core.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What readiness.yml says about one rule: whether it runs ({@code enabled}; null: readiness.yml does not say, and the
 * rule runs when it meets the precision bar), the level its findings get instead of the default ({@code level}:
 * "error", "warning" or "note"; null: the rule's default) and option values by name (absent options keep their
 * defaults).
 */
public record RuleSettings(Boolean enabled, String level, Map<String, Double> options) {

    /** A rule readiness.yml does not mention. */
    public static final RuleSettings DEFAULT = new RuleSettings(null, null, Map.of());

    public RuleSettings {
        options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /**
     * Whether the rule runs: as readiness.yml's {@code enabled} says, else when {@code onByDefault} (it meets the
     * precision bar) or readiness.yml gives it a level, which is the user's choice to put it on the score.
     */
    public boolean runs(boolean onByDefault) {
        return enabled != null ? enabled : onByDefault || level != null;
    }

    /** These settings with {@code enabled: true} unless readiness.yml switched the rule off. */
    public RuleSettings enabledUnlessOff() {
        return Boolean.FALSE.equals(enabled) ? this : new RuleSettings(true, level, options);
    }
}
