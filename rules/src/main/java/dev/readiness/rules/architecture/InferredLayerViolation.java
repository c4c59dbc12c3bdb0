package dev.readiness.rules.architecture;

import dev.readiness.core.graph.ConventionalLayer;
import dev.readiness.core.graph.DependencyGraph.Edge;
import dev.readiness.core.graph.InferredLayers.Assignment;
import dev.readiness.core.graph.InferredLayers;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.Optional;

/**
 * Dependencies against the conventional layering (web, service, persistence, domain) between types that declare
 * their layer (stereotype annotations, Spring Data supertypes), when readiness.yml declares no layers: the web
 * layer using persistence directly although the repository has a service layer, and any layer using one above
 * it. Types placed only by package or name are left alone: read against frameworks and tools (Maven's
 * {@code impl.model} using its {@code api.services}, Spring ORM's web integration), every such finding was wrong.
 * One finding per (using type, used type), on the first using line.
 */
@RuleDefinition(
        id = "architecture/inferred-layer-violation",
        summary = "A dependency that bypasses or inverts the conventional layers (web, service, "
                + "persistence, domain).",
        description = "Without configured layers, places production types in the web, service, persistence "
                + "or domain layer by stereotype annotations (@RestController, @Service, @Repository, @Entity, "
                + "JAX-RS @Path) and Spring Data supertypes, and reports the web layer using persistence directly "
                + "when the repository has a service layer, and lower layers using upper ones. Types placed only "
                + "by their package or name are not judged.",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"architecture", "layering", "maintainability", "ai-readiness"}
)
public final class InferredLayerViolation implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        if (!context.config().architecture().layers().isEmpty()) {
            return; // declared layers replace inferred ones (architecture/layer-violation)
        }
        InferredLayers layers = InferredLayers.infer(context.sourceFacts(), context.typeIndex());
        boolean hasServiceLayer = layers.has(ConventionalLayer.SERVICE);
        for (Edge edge : context.dependencyGraph().edges()) {
            Optional<Assignment> from = layers.of(edge.from());
            Optional<Assignment> to = layers.of(edge.to());
            if (from.filter(Assignment::stereotyped).isPresent() && to.filter(Assignment::stereotyped).isPresent()
                    && context.isProduction(edge.path())) {
                message(from.get(), to.get(), hasServiceLayer).ifPresent(message -> sink.report(
                        Location.of(edge.path(), Region.line(edge.line()), edge.from()), message));
            }
        }
    }


    static Optional<String> message(Assignment from, Assignment to, boolean hasServiceLayer) {
        String uses = describe(from) + " uses " + describe(to);
        if (to.layer().isAbove(from.layer())) {
            return Optional.of(uses + ": the " + from.layer().label() + " layer depends on the "
                    + to.layer().label() + " layer above it. Move what it needs down, or invert the dependency "
                    + "with an interface in the lower layer.");
        }
        if (hasServiceLayer && from.layer() == ConventionalLayer.WEB && to.layer() == ConventionalLayer.PERSISTENCE) {
            return Optional.of(uses + " directly, skipping the service layer. Call a service that owns this "
                    + "data access (and its transaction) instead.");
        }
        return Optional.empty();
    }

    private static String describe(Assignment assignment) {
        String type = assignment.type();
        return type.substring(type.lastIndexOf('.') + 1) + " (" + assignment.describe() + ")";
    }
}
