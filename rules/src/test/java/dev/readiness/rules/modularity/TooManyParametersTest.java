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

        assertThat(findings).extracting(Finding::message)
                .contains("Constructor 'Shipping' has 6 parameters (threshold 5): group related values into a "
                                + "parameter object or record, or use a builder so callers cannot pass arguments in "
                                + "the wrong order.",
                        "Method 'cost' has 5 parameters (threshold 4): group related values into a parameter object "
                                + "or record, or split the method by responsibility so callers cannot pass arguments "
                                + "in the wrong order.");
    }
}
