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
        List<Finding> findings = RuleSampleVerifier.forRule(ComplexMethod.class, work).verify("complex-method");

        Finding placeOrder = findings.get(0);
        assertThat(placeOrder.message()).isEqualTo("Method 'placeOrder' has cognitive complexity 16 (threshold 15): "
                + "split it into smaller, well-named methods, starting with the deeply nested 'if' at line 26 (+3), "
                + "and flatten nesting with early returns or guard clauses.");
        assertThat(placeOrder.location().enclosingSymbol()).isEqualTo("com.example.OrderService#placeOrder(Order)");
        assertThat(placeOrder.location().region().endLine()).isEqualTo(placeOrder.location().region().startLine());
        assertThat(findings).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).startsWith("Constructor 'OrderService' has cognitive complexity 16"));
    }
}
