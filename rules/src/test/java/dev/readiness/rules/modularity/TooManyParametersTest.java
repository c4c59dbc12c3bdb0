package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TooManyParametersTest {

    @TempDir
    Path work;

    @Test
    void reportsMethodsFromFiveAndConstructorsFromSixParameters() {
        List<Finding> findings = RuleSampleVerifier.forRule(TooManyParameters.class, work)
                .verify("too-many-parameters");

        // the markers of the constructor and of 'cost' carry the count and the threshold
        assertThat(findings).hasSize(7);
    }
}
