package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.config.RuleSettings;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplexMethodTest {

    @TempDir
    Path work;

    @Test
    void atSonarsBarReportsMethodsConstructorsEnumBodiesAndLambdasAboveFifteenAtTheirName() {
        // the markers carry the complexity of placeOrder and of the constructor
        List<Finding> findings = RuleSampleVerifier.forRule(ComplexMethod.class, work).withConfig(threshold(15))
                .verify("complex-method");

        Finding placeOrder = findings.get(0);
        assertThat(placeOrder.message()).contains("the deeply nested 'if' at line 26 (+3)");
        assertThat(placeOrder.location().enclosingSymbol()).isEqualTo("com.example.OrderService#placeOrder(Order)");
        assertThat(placeOrder.location().region().endLine()).isEqualTo(placeOrder.location().region().startLine());
    }

    @Test
    void byDefaultOnlyMethodsAboveTwentyFiveAreReported() {
        // a flat guard-clause method of 20 stays quiet; the nested reconciliation loop is reported
        List<Finding> findings = RuleSampleVerifier.forRule(ComplexMethod.class, work)
                .verify("complex-method-calibrated");

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("(threshold " + ComplexMethod.REPORT_THRESHOLD + ")");
    }

    private static ReadinessConfig threshold(int value) {
        return ReadinessConfig.EMPTY.withRule("modularity/complex-method",
                new RuleSettings(true, null, Map.of("threshold", (double) value)));
    }
}
