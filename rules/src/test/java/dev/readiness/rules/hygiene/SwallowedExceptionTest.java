package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwallowedExceptionTest {

    @TempDir
    Path work;

    @Test
    void reportsEmptyUnexplainedAndPrintOnlyCatchBlocksInProductionCode() {
        // the markers carry the caught types and what each block does instead of handling the failure
        List<Finding> findings = RuleSampleVerifier.forRule(SwallowedException.class, work)
                .verify("swallowed-exception");

        assertThat(findings).hasSize(11);
        assertThat(findings.get(0).location().enclosingSymbol()).isEqualTo("com.example.ConfigLoader#empty()");
    }
}
