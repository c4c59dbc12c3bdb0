package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplexMethodTest {

    @TempDir
    Path work;

    @Test
    void reportsMethodsAboveFifteenAtTheirName() {
        // the markers carry the complexity of placeOrder and of the constructor
        List<Finding> findings = RuleSampleVerifier.forRule(ComplexMethod.class, work).verify("complex-method");

        Finding placeOrder = findings.get(0);
        assertThat(placeOrder.message()).contains("the deeply nested 'if' at line 26 (+3)");
        assertThat(placeOrder.location().enclosingSymbol()).isEqualTo("com.example.OrderService#placeOrder(Order)");
        assertThat(placeOrder.location().region().endLine()).isEqualTo(placeOrder.location().region().startLine());
    }
}
