package dev.readiness.core.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One problem a rule found, at a primary location, with optional related locations. */
public record Finding(String ruleId, Level level, String message, Location location, List<Location> relatedLocations)
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
