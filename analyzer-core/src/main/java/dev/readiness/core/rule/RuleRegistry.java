package dev.readiness.core.rule;

import dev.readiness.core.config.KnownRules;
import dev.readiness.core.config.RuleOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The rules on the classpath, found through {@link ServiceLoader}, in id order. */
public final class RuleRegistry {

    private final Map<String, Rule> rulesById;

    public RuleRegistry(List<? extends Rule> rules) {
        Map<String, Rule> byId = new TreeMap<>();
        for (Rule rule : rules) {
            if (!(rule instanceof JavaFileRule) && !(rule instanceof RepositoryRule)) {
                throw new IllegalStateException(rule.getClass().getName()
                        + " implements neither JavaFileRule nor RepositoryRule");
            }
            Rule previous = byId.putIfAbsent(rule.metadata().id(), rule);
            if (previous != null) {
                throw new IllegalStateException("rule id " + rule.metadata().id() + " is declared by both "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        this.rulesById = byId;
    }

    /** The rules {@link java.util.ServiceLoader} finds through {@code loader}. */
    public static RuleRegistry fromClasspath(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(rule -> rule.metadata().id()));
        return new RuleRegistry(found);
    }

    /** Every rule, ordered by id. */
    public List<Rule> all() {
        return List.copyOf(rulesById.values());
    }

    /** The metadata of every rule, ordered by id. */
    public List<RuleMetadata> metadata() {
        return rulesById.values().stream().map(Rule::metadata).toList();
    }

    /** The ids and options readiness.yml may name, for {@link dev.readiness.core.config.ConfigLoader}. */
    public KnownRules knownRules() {
        Map<String, List<RuleOption>> options = new TreeMap<>();
        rulesById.forEach((id, rule) -> options.put(id, rule.metadata().options()));
        return new KnownRules(options);
    }

    /** The rule with this id, empty when there is none. */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The rules implementing {@code type} (e.g. JavaFileRule), ordered by id. */
    public <T extends Rule> List<T> ofType(Class<T> type) {
        return rulesById.values().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
