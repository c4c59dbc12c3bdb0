package dev.readiness.core.rule;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One problem a rule found, at a primary location, with optional related locations and optional
 * properties (e.g. {@code analysis: bytecode}), kept in key order so every output stays deterministic.
 */
public record Finding(String ruleId, Level level, String message, Location location, List<Location> relatedLocations,
                      Map<String, String> properties)
        implements Comparable<Finding> {

    /** Report order: by file, then position, then rule; makes every output deterministic. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        relatedLocations = relatedLocations == null ? List.of() : List.copyOf(relatedLocations);
        properties = properties == null || properties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** A finding without properties. */
    public Finding(String ruleId, Level level, String message, Location location, List<Location> relatedLocations) {
        this(ruleId, level, message, location, relatedLocations, Map.of());
    }

    /** The category part of the rule id, e.g. {@code modularity} for {@code modularity/long-method}. */
    public String category() {
        return RuleMetadata.categoryOf(ruleId);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
