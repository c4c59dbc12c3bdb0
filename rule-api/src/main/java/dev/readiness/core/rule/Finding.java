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
 * After the rules ran the engine may mark it {@link #suppression() suppressed} in the source, and
 * {@link #baselineState() new or unchanged} against a baseline or a Git ref (both null when not).
 * Suppressed findings stay in SARIF and JSON but count nowhere: use {@link #isActive()}.
 */
public record Finding(String ruleId, Level level, String message, Location location, List<Location> relatedLocations,
                      Map<String, String> properties, Suppression suppression, BaselineState baselineState)
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

    /** A finding as a rule reports it, without properties: neither suppressed nor compared yet. */
    public Finding(String ruleId, Level level, String message, Location location, List<Location> relatedLocations) {
        this(ruleId, level, message, location, relatedLocations, Map.of(), null, null);
    }

    /** The category part of the rule id, e.g. {@code modularity} for {@code modularity/long-method}. */
    public String category() {
        return RuleMetadata.categoryOf(ruleId);
    }

    /** Suppressed in the source ({@code @SuppressWarnings} or a readiness:ignore comment). */
    public boolean isSuppressed() {
        return suppression != null;
    }

    /** Not suppressed: counts in summaries, the score and the quality gate. */
    public boolean isActive() {
        return suppression == null;
    }

    /** Active and not known from the baseline (or brought by the branch since the ref): what the gate looks at. */
    public boolean isGating() {
        return isActive() && baselineState != BaselineState.UNCHANGED;
    }

    /** This finding carrying {@code facts} as properties (written into SARIF and JSON). */
    public Finding withProperties(Map<String, String> facts) {
        return new Finding(ruleId, level, message, location, relatedLocations, facts, suppression, baselineState);
    }

    /** This finding suppressed in the source by {@code marker}; it stays in the reports but no longer counts. */
    public Finding withSuppression(Suppression marker) {
        return new Finding(ruleId, level, message, location, relatedLocations, properties, marker, baselineState);
    }

    /** This finding marked new or unchanged against a baseline or a Git ref. */
    public Finding withBaselineState(BaselineState state) {
        return new Finding(ruleId, level, message, location, relatedLocations, properties, suppression, state);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
