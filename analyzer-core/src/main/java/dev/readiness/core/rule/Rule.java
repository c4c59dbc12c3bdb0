package dev.readiness.core.rule;

/**
 * A check. Implementations are found through {@link java.util.ServiceLoader}, must have a public no-arg
 * constructor, must be stateless (they run on several threads at once) and implement one of
 * {@link JavaFileRule} or {@link RepositoryRule}.
 */
public interface Rule {

    RuleMetadata metadata();

    /**
     * This rule with the option values of readiness.yml (each option its default unless set); called once per scan
     * before the rule runs. Rules without options keep this default: themselves.
     */
    default Rule configured(RuleOptions options) {
        return this;
    }
}
