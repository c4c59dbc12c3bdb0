package dev.readiness.core.engine;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;

/**
 * A {@link FindingSink} bound to one rule: stamps its id and default level on what it reports; when readiness.yml
 * overrides the level, every finding gets it, also those the rule reports at a level of its own choosing. A rule
 * below the precision bar (not {@link RuleMetadata#scored() scored}) reports notes only.
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
        target.add(new Finding(rule.id(), rule.defaultLevel(), message, location, relatedLocations)
                .withProperties(properties));
    }

    @Override
    public void report(Level level, Location location, String message, List<Location> relatedLocations) {
        Level stamped = levelOverridden || !rule.scored() ? rule.defaultLevel() : level;
        target.add(new Finding(rule.id(), stamped, message, location, relatedLocations));
    }
}
