package dev.readiness.core.rule;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rule class as the engine knows it: its {@link RuleMetadata} (from its {@link RuleDefinition}) and how to make
 * an instance for one scan, with readiness.yml's option values injected into its options record.
 */
public final class RuleType {

    private final Class<? extends Rule> type;
    private final RuleMetadata metadata;
    private final Constructor<? extends Rule> constructor;
    private final Optional<RuleOptionsRecord> options;
    private final List<FactExtractor<?>> factExtractors;

    private RuleType(Class<? extends Rule> type, boolean measuredOnCorpus) {
        if (!JavaFileRule.class.isAssignableFrom(type) && !RepositoryRule.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " implements neither JavaFileRule nor RepositoryRule");
        }
        this.type = type;
        this.constructor = RuleConstructors.of(type);
        this.options = RuleOptionsRecord.of(constructor);
        RuleDefinition definition = type.getAnnotation(RuleDefinition.class);
        if (isPerFile() && definition != null && definition.needs().length > 0) {
            // per-file rules run while parsing, before history or classes are read
            throw new IllegalArgumentException(type.getName() + ": a JavaFileRule cannot declare needs");
        }
        this.metadata = RuleMetadata.of(type, options, measuredOnCorpus);
        this.factExtractors = definition == null ? List.of() : Arrays.stream(definition.facts())
                .map(RuleType::createExtractor).toList();
    }

    private static FactExtractor<?> createExtractor(Class<? extends FactExtractor<?>> type) {
        try {
            Constructor<? extends FactExtractor<?>> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + ": a fact extractor needs a no-argument constructor", e);
        }
    }

    /** Reads {@code type}'s definition; fails with the reason when the class is not a well-formed rule. */
    public static RuleType of(Class<? extends Rule> type) {
        return new RuleType(type, true);
    }

    /**
     * {@code type} exactly as its definition declares it, without the precision measured on the corpus, so a rule
     * below the bar keeps its own levels: for the tests of a rule's logic.
     */
    public static RuleType asDeclared(Class<? extends Rule> type) {
        return new RuleType(type, false);
    }

    public Class<? extends Rule> type() {
        return type;
    }

    public RuleMetadata metadata() {
        return metadata;
    }

    /** The extractors of the per-file facts this rule reads ({@link RuleDefinition#facts()}), stateless. */
    public List<FactExtractor<?>> factExtractors() {
        return factExtractors;
    }

    /** True for a rule called once per Java file ({@link JavaFileRule}). */
    public boolean isPerFile() {
        return JavaFileRule.class.isAssignableFrom(type);
    }

    /** True for a rule called once per scan with all the models ({@link RepositoryRule}); a rule may be both. */
    public boolean isRepositoryWide() {
        return RepositoryRule.class.isAssignableFrom(type);
    }

    /** A new instance with {@code values} injected (each declared option's value; the defaults where unset). */
    public Rule create(RuleOptions values) {
        try {
            return options.isPresent() ? constructor.newInstance(options.get().create(values)) : constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("rule " + metadata.id() + " could not be created: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("rule " + metadata.id() + " could not be created: " + e, e);
        }
    }

    /** An instance with every option at its default. */
    public Rule create() {
        return create(RuleOptions.defaults(metadata));
    }
}
