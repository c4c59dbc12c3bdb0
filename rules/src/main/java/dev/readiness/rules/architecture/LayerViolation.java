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
 * Production code that uses another layer against the layers of readiness.yml, with the semantics of
 * ArchUnit's layeredArchitecture() considering only dependencies between layers; on compiled classes
 * when the scan has them, else on the source dependency graph.
 */
@RuleDefinition(
        id = "architecture/layer-violation",
        summary = "A type uses another layer against the layers configured in readiness.yml.",
        description = "Checks the layers of readiness.yml (packages as ArchUnit package globs, and which "
                + "layers may access or be accessed by which) like ArchUnit's layeredArchitecture() considering "
                + "only dependencies between layers: one finding per using type and used type, at the first use. "
                + "Runs on compiled classes when they exist, else on the source dependency graph; test code is "
                + "not checked.",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "maintainability", "ai-readiness"}
)
public final class LayerViolation implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ConstraintChecker.check(LayerConstraint.of(context.config().architecture()), context, sink);
    }
}
