package dev.readiness.core.config;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of readiness.yml that the analysis uses. {@link #EMPTY} when the repository has no
 * readiness.yml and none was given: every rule then runs on its defaults. {@code weights} overrides the
 * default weight of score categories by {@link Category#id()} ("architecture", "testing" …); empty: the defaults.
 * {@code rules} holds the settings of the rules readiness.yml names (others: {@link RuleSettings#DEFAULT}),
 * {@code paths} the files in scope, {@code history} the history limits, {@code roles} the file roles it sets and
 * {@code areas} the directories (relative to the repository root) scored on their own besides the build modules.
 */
public record ReadinessConfig(String source, ArchitectureConfig architecture, Map<String, Double> weights,
                              Map<String, RuleSettings> rules, ScanPaths paths, HistorySettings history,
                              RoleOverrides roles, List<String> areas) {

    public static final ReadinessConfig EMPTY = new ReadinessConfig("", ArchitectureConfig.NONE);

    public ReadinessConfig {
        source = source == null ? "" : source;
        architecture = architecture == null ? ArchitectureConfig.NONE : architecture;
        weights = weights == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(weights));
        rules = rules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rules));
        paths = paths == null ? ScanPaths.ALL : paths;
        history = history == null ? HistorySettings.NONE : history;
        roles = roles == null ? RoleOverrides.NONE : roles;
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Settings without areas. */
    public ReadinessConfig(String source, ArchitectureConfig architecture, Map<String, Double> weights,
                           Map<String, RuleSettings> rules, ScanPaths paths, HistorySettings history,
                           RoleOverrides roles) {
        this(source, architecture, weights, rules, paths, history, roles, List.of());
    }

    /** Settings without role overrides. */
    public ReadinessConfig(String source, ArchitectureConfig architecture, Map<String, Double> weights,
                           Map<String, RuleSettings> rules, ScanPaths paths, HistorySettings history) {
        this(source, architecture, weights, rules, paths, history, RoleOverrides.NONE);
    }

    /** Settings with an architecture section and weights only. */
    public ReadinessConfig(String source, ArchitectureConfig architecture, Map<String, Double> weights) {
        this(source, architecture, weights, null, null, null, null);
    }

    /** Settings with an architecture section only. */
    public ReadinessConfig(String source, ArchitectureConfig architecture) {
        this(source, architecture, Map.of());
    }

    /** These settings with {@code settings} for the rule {@code ruleId} (replacing what they said of it). */
    public ReadinessConfig withRule(String ruleId, RuleSettings settings) {
        Map<String, RuleSettings> changed = new TreeMap<>(rules);
        changed.put(ruleId, settings);
        return new ReadinessConfig(source, architecture, weights, changed, paths, history, roles, areas);
    }

    /**
     * These settings with the rules {@code ruleIds} switched on (as notes, off the score, when they are below the
     * precision bar), except those readiness.yml switches off.
     */
    public ReadinessConfig enabling(Collection<String> ruleIds) {
        Map<String, RuleSettings> changed = new TreeMap<>(rules);
        ruleIds.forEach(id -> changed.put(id, rule(id).enabledUnlessOff()));
        return new ReadinessConfig(source, architecture, weights, changed, paths, history, roles, areas);
    }

    /** What readiness.yml says about this rule; {@link RuleSettings#DEFAULT} when it says nothing. */
    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }
}
