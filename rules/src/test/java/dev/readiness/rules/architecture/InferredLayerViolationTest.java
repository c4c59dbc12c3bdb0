package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferredLayerViolationTest {

    @TempDir
    Path work;

    @Test
    void reportsTheBypassAndTheInversionsOfASpringStyleApp() {
        List<Finding> findings = RuleSampleVerifier.forRule(InferredLayerViolation.class, work)
                .verify("inferred-layers-spring");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "CatalogResource (web: @Path) uses OrderRepository (persistence: extends JpaRepository) directly, "
                        + "skipping the service layer. Call a service that owns this data access (and its "
                        + "transaction) instead.",
                "Order (domain: @Entity) uses OrderService (service: @Service): the domain layer depends on the "
                        + "service layer above it. Move what it needs down, or invert the dependency with an "
                        + "interface in the lower layer.",
                "OrderExporter (persistence: package shop.repository) uses OrderController (web: @RestController): "
                        + "the persistence layer depends on the web layer above it. Move what it needs down, or "
                        + "invert the dependency with an interface in the lower layer.",
                "OrderController (web: @RestController) uses OrderRepository (persistence: extends JpaRepository) "
                        + "directly, skipping the service layer. Call a service that owns this data access (and its "
                        + "transaction) instead.");
    }

    @Test
    void aTwoLayerAppWithoutServicesMayCallRepositoriesFromControllers() {
        List<Finding> findings = RuleSampleVerifier.forRule(InferredLayerViolation.class, work)
                .verify("inferred-layers-two-layer");

        assertThat(findings).isEmpty();
    }

    @Test
    void aCorrectlyLayeredPackageByFeatureAppHasNoFindings() {
        List<Finding> findings = RuleSampleVerifier.forRule(InferredLayerViolation.class, work)
                .verify("inferred-layers-clean");

        assertThat(findings).isEmpty();
    }
}
