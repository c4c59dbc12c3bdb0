package dev.readiness.core.rule;

import java.util.List;

/** Where a rule reports; the engine binds it to the rule, so rules never repeat their id or level. */
public interface FindingSink {

    void report(Location location, String message, List<Location> relatedLocations);

    default void report(Location location, String message) {
        report(location, message, List.of());
    }
}
