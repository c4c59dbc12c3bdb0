package dev.readiness.rules.architecture;

import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;

/**
 * Production code in the {@code from} packages of a forbidden dependency of readiness.yml that uses a
 * type in its {@code to} packages; on compiled classes when the scan has them, else on the sources.
 */
public final class ForbiddenDependencyRule implements RepositoryRule {

    public static final String ID = "architecture/forbidden-dependency";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, ForbiddenDependencyRule.class)
            .name("ForbiddenDependencyRule")
            .shortDescription("A type uses a package that readiness.yml forbids to it.")
            .fullDescription("Checks the forbidden dependencies of readiness.yml (from and to as ArchUnit package "
                    + "globs, library packages such as java.sql.. included) like ArchUnit's noClasses().that()"
                    + ".resideInAnyPackage(from).should().dependOnClassesThat().resideInAnyPackage(to): one finding "
                    + "per using type and used type, at the first use, with the configured reason. Runs on compiled "
                    + "classes when they exist, else on the source dependency graph; test code is not checked.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .tags("architecture", "maintainability", "ai-readiness")
            .build();

    public ForbiddenDependencyRule() {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ConstraintChecker.check(ForbiddenConstraint.of(context.config().architecture()), context, sink);
    }
}
