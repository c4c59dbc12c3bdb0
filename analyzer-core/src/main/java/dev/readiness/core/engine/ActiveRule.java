package dev.readiness.core.engine;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.config.RuleSettings;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule as it runs in one scan: configured with readiness.yml's options, with its metadata's default level
 * replaced by readiness.yml's {@code level} when set ({@code levelOverridden}: every finding then gets that level).
 */
record ActiveRule(Rule rule, RuleMetadata metadata, boolean levelOverridden, Map<String, Double> options) {

    /** The enabled rules of {@code rules} configured by {@code config}, in the given order. */
    static List<ActiveRule> of(List<? extends Rule> rules, ReadinessConfig config) {
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : rules) {
            RuleSettings settings = config.rule(rule.metadata().id());
            if (settings.enabled()) {
                RuleOptions options = RuleOptions.of(rule.metadata().options(), settings.options());
                Rule configured = rule.configured(options);
                RuleMetadata metadata = settings.level() == null ? configured.metadata()
                        : configured.metadata().withDefaultLevel(Level.parse(settings.level()));
                active.add(new ActiveRule(configured, metadata, settings.level() != null,
                        new TreeMap<>(options.values())));
            }
        }
        return List.copyOf(active);
    }

    /** A sink stamping this rule's id and (overridden) level on what it reports into {@code target}. */
    RuleSink sink(List<Finding> target) {
        return new RuleSink(metadata, levelOverridden, target);
    }

    /** What changes this rule's per-file results besides its code, for the cache fingerprint. */
    String settingsKey() {
        return metadata.id() + " level " + metadata.defaultLevel().id() + (levelOverridden ? "!" : "") + " options "
                + options;
    }
}
