package dev.readiness.core.rule;

/**
 * A check. Implementations are found through {@link java.util.ServiceLoader}, must have a public no-arg
 * constructor, must be stateless (they run on several threads at once) and implement one of
 * {@link JavaFileRule} or {@link RepositoryRule}.
 */
public interface Rule {

    RuleMetadata metadata();
}
