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
        // the markers carry both types, their layers with the evidence, and bypass or inversion
        List<Finding> findings = RuleSampleVerifier.forRule(InferredLayerViolation.class, work)
                .verify("inferred-layers-spring");

        assertThat(findings).hasSize(3);
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
