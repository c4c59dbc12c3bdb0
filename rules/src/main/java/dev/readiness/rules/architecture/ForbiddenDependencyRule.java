package dev.readiness.rules.architecture;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;

/**
 * Production code in the {@code from} packages of a forbidden dependency of readiness.yml that uses a
 * type in its {@code to} packages; on compiled classes when the scan has them, else on the sources.
 */
@RuleDefinition(
        id = "architecture/forbidden-dependency",
        summary = "A type uses a package that readiness.yml forbids to it.",
        description = "Checks the forbidden dependencies of readiness.yml (from and to as ArchUnit package "
                + "globs, library packages such as java.sql.. included) like ArchUnit's noClasses().that()"
                + ".resideInAnyPackage(from).should().dependOnClassesThat().resideInAnyPackage(to): one finding "
                + "per using type and used type, at the first use, with the configured reason. Runs on compiled "
                + "classes when they exist, else on the source dependency graph; test code is not checked.",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "maintainability", "ai-readiness"}
)
public final class ForbiddenDependencyRule implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ConstraintChecker.check(ForbiddenConstraint.of(context.config().architecture()), context, sink);
    }
}
