package dev.readiness.rules.architecture;

import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;

/**
 * Production code that uses another layer against the layers of readiness.yml, with the semantics of
 * ArchUnit's layeredArchitecture() considering only dependencies between layers; on compiled classes
 * when the scan has them, else on the source dependency graph.
 */
public final class LayerViolation implements RepositoryRule {

    public static final String ID = "architecture/layer-violation";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, LayerViolation.class)
            .name("LayerViolation")
            .shortDescription("A type uses another layer against the layers configured in readiness.yml.")
            .fullDescription("Checks the layers of readiness.yml (packages as ArchUnit package globs, and which "
                    + "layers may access or be accessed by which) like ArchUnit's layeredArchitecture() considering "
                    + "only dependencies between layers: one finding per using type and used type, at the first use. "
                    + "Runs on compiled classes when they exist, else on the source dependency graph; test code is "
                    + "not checked.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .tags("architecture", "maintainability", "ai-readiness")
            .build();

    public LayerViolation() {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ConstraintChecker.check(LayerConstraint.of(context.config().architecture()), context, sink);
    }
}
