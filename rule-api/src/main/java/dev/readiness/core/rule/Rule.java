package dev.readiness.core.rule;

/**
 * A check: a class annotated with {@link RuleDefinition} that implements {@link JavaFileRule} or
 * {@link RepositoryRule}. It has one constructor, taking nothing or its options record (components annotated
 * with {@link Option}); the engine creates it once per scan and may call it on several threads at once.
 */
public interface Rule {
}
