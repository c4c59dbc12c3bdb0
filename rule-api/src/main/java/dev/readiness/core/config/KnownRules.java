package dev.readiness.core.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules a readiness.yml may name, with the options each declares. Given to {@link ConfigLoader} by whoever
 * knows the rules (the CLI, from the rule registry), so the configuration never depends on concrete rules.
 */
public record KnownRules(Map<String, List<RuleOption>> optionsById) {

    /** No rules known: a {@code rules:} section naming any rule is an error. */
    public static final KnownRules NONE = new KnownRules(Map.of());

    public KnownRules {
        Map<String, List<RuleOption>> sorted = new TreeMap<>();
        optionsById.forEach((id, options) -> sorted.put(id, List.copyOf(options)));
        optionsById = Collections.unmodifiableMap(sorted);
    }

    public boolean knows(String ruleId) {
        return optionsById.containsKey(ruleId);
    }

    /** The options of a known rule, in declaration order. */
    public List<RuleOption> options(String ruleId) {
        return optionsById.getOrDefault(ruleId, List.of());
    }
}
