package dev.readiness.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code rules} section: rule id → {enabled, level, options}. Rule ids and option names must be known
 * (from {@link KnownRules}); option values must be numbers of the declared type inside the declared range.
 */
final class RulesReader {

    static final String SECTION = "rules";
    static final String ENABLED = "enabled";
    static final String LEVEL = "level";
    static final String OPTIONS = "options";
    static final List<String> KEYS = List.of(ENABLED, LEVEL, OPTIONS);
    /**
     * The ids of {@code dev.readiness.core.rule.Level}, which config cannot name: rule depends on config (for
     * RuleOption and KnownRules), so the reverse would be a package cycle. A test keeps the two equal.
     */
    static final List<String> LEVELS = List.of("error", "warning", "note");

    private final NodeReader reader;
    private final KnownRules known;

    private RulesReader(NodeReader reader, KnownRules known) {
        this.reader = reader;
        this.known = known;
    }

    static Map<String, RuleSettings> read(YamlNode node, NodeReader reader, KnownRules known) throws ConfigException {
        return new RulesReader(reader, known).rules(node);
    }

    private Map<String, RuleSettings> rules(YamlNode node) throws ConfigException {
        YamlNode.Mapping section = reader.anyMapping(node, SECTION, "a mapping of rule ids to their settings");
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        for (YamlNode.Entry entry : section.entries().values()) {
            if (!known.knows(entry.key())) {
                throw reader.error(entry.keyPosition(), "unknown rule '" + entry.key() + "' in " + SECTION
                        + " (run 'readiness rules' for the list)" + Suggestions.didYouMean(entry.key(),
                        known.optionsById().keySet()));
            }
            rules.put(entry.key(), rule(entry));
        }
        return rules;
    }

    private RuleSettings rule(YamlNode.Entry entry) throws ConfigException {
        String path = SECTION + "." + entry.key();
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return RuleSettings.DEFAULT;
        }
        YamlNode.Mapping mapping = reader.mapping(entry.value(), path, KEYS);
        YamlNode enabled = NodeReader.optional(mapping, ENABLED).orElse(null);
        YamlNode level = NodeReader.optional(mapping, LEVEL).orElse(null);
        YamlNode options = NodeReader.optional(mapping, OPTIONS).orElse(null);
        return new RuleSettings(enabled == null ? null : reader.bool(enabled, path + "." + ENABLED),
                level == null ? null : level(level, path + "." + LEVEL),
                options == null ? Map.of() : options(options, path + "." + OPTIONS, entry.key()));
    }

    private String level(YamlNode node, String path) throws ConfigException {
        YamlNode.Scalar level = reader.string(node, path);
        if (!LEVELS.contains(level.text())) {
            throw reader.error(level.position(), path + " must be one of " + String.join(", ", LEVELS) + ", not '"
                    + level.text() + "'" + Suggestions.didYouMean(level.text(), LEVELS));
        }
        return level.text();
    }

    private Map<String, Double> options(YamlNode node, String path, String ruleId) throws ConfigException {
        List<RuleOption> declared = known.options(ruleId);
        List<String> names = declared.stream().map(RuleOption::name).toList();
        if (declared.isEmpty()) {
            throw reader.error(node.position(), ruleId + " has no options");
        }
        YamlNode.Mapping mapping = reader.mapping(node, path, names);
        Map<String, Double> values = new LinkedHashMap<>();
        for (RuleOption option : declared) {
            YamlNode value = NodeReader.optional(mapping, option.name()).orElse(null);
            if (value != null) {
                values.put(option.name(), value(option, value, path + "." + option.name()));
            }
        }
        return values;
    }

    private double value(RuleOption option, YamlNode node, String path) throws ConfigException {
        double value = reader.number(node, path);
        String problem = option.problem(value);
        if (problem != null) {
            throw reader.error(node.position(), path + " " + problem + ", not " + ((YamlNode.Scalar) node).text()
                    + " (" + option.description() + "; default " + option.format(option.defaultValue()) + ")");
        }
        return value;
    }
}
