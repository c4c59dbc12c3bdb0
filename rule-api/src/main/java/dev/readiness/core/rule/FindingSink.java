package dev.readiness.core.rule;

import java.util.List;
import java.util.Map;

/** Where a rule reports; the engine binds it to the rule, so rules never repeat their id or level. */
public interface FindingSink {

    /** Reports a finding carrying {@code properties} (e.g. how it was found), written into SARIF and JSON. */
    void report(Location location, String message, List<Location> relatedLocations, Map<String, String> properties);

    default void report(Location location, String message, List<Location> relatedLocations) {
        report(location, message, relatedLocations, Map.of());
    }

    /**
     * Reports at a level other than the rule's default, for a milder (or graver) case of the same problem;
     * sinks that do not track levels keep the default.
     */
    default void report(Level level, Location location, String message, List<Location> relatedLocations) {
        report(location, message, relatedLocations);
    }

    default void report(Location location, String message) {
        report(location, message, List.of());
    }
}
