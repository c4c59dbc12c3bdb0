package dev.readiness.core.engine;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.secrets.SecretMasking;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link FindingSink} bound to one rule: stamps its id and default level on what it reports; when readiness.yml
 * overrides the level, every finding gets it, also those the rule reports at a level of its own choosing. A rule
 * below the precision bar (not {@link RuleMetadata#scored() scored}) reports notes only.
 * <p>
 * Messages quote the repository (an assertion's arguments, a command from CLAUDE.md), so every text a rule hands over
 * is masked here, once, before the cache and any report see it.
 */
final class RuleSink implements FindingSink {

    private final RuleMetadata rule;
    private final boolean levelOverridden;
    private final List<Finding> target;

    RuleSink(RuleMetadata rule, boolean levelOverridden, List<Finding> target) {
        this.rule = rule;
        this.levelOverridden = levelOverridden;
        this.target = target;
    }

    @Override
    public void report(Location location, String message, List<Location> relatedLocations,
                       Map<String, String> properties) {
        target.add(new Finding(rule.id(), rule.defaultLevel(), SecretMasking.inMessage(message), masked(location),
                masked(relatedLocations)).withProperties(masked(properties)));
    }

    @Override
    public void report(Level level, Location location, String message, List<Location> relatedLocations) {
        Level stamped = levelOverridden || !rule.scored() ? rule.defaultLevel() : level;
        target.add(new Finding(rule.id(), stamped, SecretMasking.inMessage(message), masked(location),
                masked(relatedLocations)));
    }

    /** The path and symbol stay: they identify the place (fingerprints); reports mask them as they show them. */
    private static Location masked(Location location) {
        return location.withMessage(SecretMasking.inMessage(location.message()));
    }

    private static List<Location> masked(List<Location> locations) {
        return locations == null ? null : locations.stream().map(RuleSink::masked).toList();
    }

    private static Map<String, String> masked(Map<String, String> properties) {
        Map<String, String> masked = new TreeMap<>();
        if (properties != null) {
            properties.forEach((name, value) -> masked.put(name, SecretMasking.inMessage(value)));
        }
        return masked;
    }
}
