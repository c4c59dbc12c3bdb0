package dev.readiness.core.rule;

import dev.readiness.core.config.RuleOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The values of a rule's declared options for one scan: readiness.yml's where it sets them, else the defaults. */
public final class RuleOptions {

    private final Map<String, Double> values;

    private RuleOptions(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The declared options with {@code overrides} (by name) applied; unknown names are ignored. */
    public static RuleOptions of(List<RuleOption> declared, Map<String, Double> overrides) {
        Map<String, Double> values = new TreeMap<>();
        for (RuleOption option : declared) {
            values.put(option.name(), overrides.getOrDefault(option.name(), option.defaultValue()));
        }
        return new RuleOptions(values);
    }

    /** Every declared option at its default. */
    public static RuleOptions defaults(RuleMetadata metadata) {
        return of(metadata.options(), Map.of());
    }

    /** A whole-number option's value. */
    public int integer(String name) {
        return (int) Math.round(decimal(name));
    }

    public double decimal(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option '" + name + "' is declared (declared: " + values.keySet() + ")");
        }
        return value;
    }

    /** Name → value, sorted by name. */
    public Map<String, Double> values() {
        return values;
    }
}
