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
        // the markers carry each name and, for parameter lists, the cryptic parameters
        List<Finding> findings = RuleSampleVerifier.forRule(CrypticIdentifiers.class, work)
                .verify("cryptic-identifiers");

        assertThat(findings).hasSize(6);
    }

    @Test
    void knowsWhichNamesAreCryptic() {
        assertThat(List.of("tmp", "tmp2", "data2", "arg0", "q", "o1", "obj"))
                .allSatisfy(name -> assertThat(CrypticIdentifiers.isCryptic(name)).as(name).isTrue());
        assertThat(List.of("i", "x1", "y", "data", "value", "sha256", "base64", "id", "to", "_"))
                .allSatisfy(name -> assertThat(CrypticIdentifiers.isCryptic(name)).as(name).isFalse());
    }
}
