package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerViolationTest {

    /** Each of the four constraint kinds once; shop.config is a layer without constraints of its own. */
    static final List<Layer> LAYERS = List.of(
            new Layer("web", List.of("..web.."), null, List.of("persistence"), null, null),
            new Layer("service", List.of("..service.."), List.of("web"), null, null, null),
            new Layer("persistence", List.of("..repository.."), null, null, List.of("domain"), null),
            new Layer("domain", List.of("shop.domain.."), null, null, null, List.of("web", "service", "config")),
            new Layer("config", List.of("shop.config"), null, null, null, null));

    @TempDir
    Path work;

    private RuleSampleVerifier verifier(List<Layer> layers) {
        return RuleSampleVerifier.forRule(LayerViolation.class, work)
                .withConfig(new ReadinessConfig("readiness.yml", new ArchitectureConfig(layers, List.of())));
    }

    @Test
    void reportsEachConstraintKindButNotAllowedUsesUnlayeredPackagesOrTestCode() {
        List<Finding> findings = verifier(LAYERS).verify("layer-violation");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Layer 'domain' may not access layer 'config': shop.domain.Discount uses shop.config.Settings",
                "Layer 'service' may not be accessed by layer 'domain': shop.domain.Order uses shop.service.OrderService",
                "Layer 'persistence' may not access layer 'config': shop.repository.ConfigReader uses "
                        + "shop.config.Settings",
                "Layer 'web' may not be accessed by layer 'persistence': shop.repository.OrderRepository uses "
                        + "shop.web.OrderController");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.properties()).isEmpty());
    }

    @Test
    void withoutLayersNothingIsReported() {
        Path sample = verifier(List.of()).copy("layer-violation");

        assertThat(verifier(List.of()).scan(sample).findings()).isEmpty();
    }

    @Test
    void aLayerMatchingNoPackageIsANotificationNotAFinding() {
        List<Layer> withTypo = List.of(LAYERS.get(0), LAYERS.get(2), new Layer("legacy", List.of("shop.legasy.."),
                null, null, null, List.of("web")));
        RuleSampleVerifier verifier = verifier(withTypo);

        AnalysisResult result = verifier.scan(verifier.copy("layer-violation"));

        assertThat(result.notifications()).filteredOn(notification -> notification.id().equals("layer-matches-nothing"))
                .extracting(ToolNotification::message).containsExactly("readiness.yml: layer 'legacy' (packages "
                        + "shop.legasy..) matches no package of the repository, so no rule checks it; check its "
                        + "package globs");
        assertThat(result.findings()).extracting(Finding::message).containsExactly("Layer 'web' may not be accessed "
                + "by layer 'persistence': shop.repository.OrderRepository uses shop.web.OrderController");
        assertThat(result.architectureAnalysis()).isEqualTo(AnalysisResult.SOURCE);
    }
}
