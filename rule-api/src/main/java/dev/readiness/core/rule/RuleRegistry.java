package dev.readiness.core.rule;

import dev.readiness.core.config.KnownRules;
import dev.readiness.core.config.RuleOption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The known rules, in id order. On the class path they are listed in {@value #INDEX}, which the build writes
 * from the {@link RuleDefinition} annotations ({@code dev.readiness.core.rule.index.RuleIndexProcessor}).
 */
public final class RuleRegistry {

    /** The class-path resource listing rule classes, one binary name a line. */
    public static final String INDEX = "META-INF/readiness/rules";

    private final Map<String, RuleType> rulesById;

    public RuleRegistry(List<RuleType> rules) {
        Map<String, RuleType> byId = new TreeMap<>();
        for (RuleType rule : rules) {
            RuleType previous = byId.putIfAbsent(rule.metadata().id(), rule);
            if (previous != null) {
                throw new IllegalStateException("rule id " + rule.metadata().id() + " is declared by both "
                        + previous.type().getName() + " and " + rule.type().getName());
            }
        }
        this.rulesById = Collections.unmodifiableMap(byId);
    }

    /** A registry of these rule classes. */
    @SafeVarargs
    public static RuleRegistry of(Class<? extends Rule>... types) {
        List<RuleType> rules = new ArrayList<>();
        for (Class<? extends Rule> type : types) {
            rules.add(RuleType.of(type));
        }
        return new RuleRegistry(rules);
    }

    /** The rules every {@value #INDEX} resource visible to {@code loader} lists. */
    public static RuleRegistry fromClasspath(ClassLoader loader) {
        List<RuleType> found = new ArrayList<>();
        try {
            for (URL index : Collections.list(loader.getResources(INDEX))) {
                for (String name : readLines(index)) {
                    found.add(RuleType.of(Class.forName(name, false, loader).asSubclass(Rule.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule index " + INDEX, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("the rule index " + INDEX + " names a class that is no rule: " + e, e);
        }
        return new RuleRegistry(found);
    }

    private static List<String> readLines(URL index) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    /** Every rule, ordered by id. */
    public List<RuleType> all() {
        return List.copyOf(rulesById.values());
    }

    /** These rules as their classes declare them, without the precision measured on the corpus: all run by default. */
    public RuleRegistry asDeclared() {
        return new RuleRegistry(all().stream().map(rule -> RuleType.asDeclared(rule.type())).toList());
    }

    /** The metadata of every rule, ordered by id. */
    public List<RuleMetadata> metadata() {
        return rulesById.values().stream().map(RuleType::metadata).toList();
    }

    /** The ids and options readiness.yml may name, for {@link dev.readiness.core.config.ConfigLoader}. */
    public KnownRules knownRules() {
        Map<String, List<RuleOption>> options = new TreeMap<>();
        rulesById.forEach((id, rule) -> options.put(id, rule.metadata().options()));
        return new KnownRules(options);
    }

    /** The rule with this id, empty when there is none. */
    public Optional<RuleType> find(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }
}
