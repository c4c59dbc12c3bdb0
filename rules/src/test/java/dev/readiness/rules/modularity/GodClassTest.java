package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GodClassTest {

    @TempDir
    Path work;

    @Test
    void reportsClassesReadingForeignDataOnceEvenWhenTheyAreBrainClassesToo() {
        // both rules run: the sample has no brain-class marker, so a brain-class finding would fail the check
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(BrainClass.class, GodClass.class), work)
                .verify("god-class");

        assertThat(findings).extracting(Finding::ruleId).containsOnly("modularity/god-class");
        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol())
                .containsExactly("com.example.BrainyOrderProcessor", "com.example.OrderProcessor");
        assertThat(findings.get(1).message()).contains("it reads 9 attributes of other classes (more than 5: "
                + "Customer.address, Customer.name, Invoice.amount, Invoice.number, Order.lines, ...)");
    }
}
