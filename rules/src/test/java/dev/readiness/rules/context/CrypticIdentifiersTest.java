package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrypticIdentifiersTest {

    @TempDir
    Path work;

    @Test
    void reportsMeaninglessFieldsMethodsAndParameterLists() {
        List<Finding> findings = RuleSampleVerifier.forRule(CrypticIdentifiers.class, work)
                .verify("cryptic-identifiers");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Field 'tmp' says nothing about what it holds: rename it after its meaning (what, in which unit, "
                        + "for what).",
                "Field 'data2' says nothing about what it holds: rename it after its meaning (what, in which unit, "
                        + "for what).",
                "Field 'q' says nothing about what it holds: rename it after its meaning (what, in which unit, "
                        + "for what).",
                "Constructor 'Geometry' has parameters named s, t: name them after their roles, so callers (and "
                        + "agents) can tell the arguments apart.",
                "Method 'foo' says nothing about what it does: rename it after its effect or result.",
                "Method 'merge' has parameters named obj, val: name them after their roles, so callers (and "
                        + "agents) can tell the arguments apart.");
    }

    @Test
    void knowsWhichNamesAreCryptic() {
        assertThat(List.of("tmp", "tmp2", "data2", "arg0", "q", "o1", "obj"))
                .allSatisfy(name -> assertThat(CrypticIdentifiers.isCryptic(name)).as(name).isTrue());
        assertThat(List.of("i", "x1", "y", "data", "value", "sha256", "base64", "id", "to", "_"))
                .allSatisfy(name -> assertThat(CrypticIdentifiers.isCryptic(name)).as(name).isFalse());
    }
}
