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
        List<Finding> findings = RuleSampleVerifier.forRule(SwallowedException.class, work)
                .verify("swallowed-exception");

        String advice = ", so the failure is swallowed: rethrow it (wrapped with context), handle it, or log it "
                + "through the project's logger; if ignoring it is deliberate, name the parameter 'ignored' and say "
                + "why in a comment.";
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Catch block for IOException is empty" + advice,
                "Catch block for IOException holds only a to-do comment instead of a reason" + advice,
                "Catch block for IOException | RuntimeException only calls e.printStackTrace()" + advice,
                "Catch block for IOException holds only a to-do comment instead of a reason" + advice,
                "Catch block for IOException holds only a to-do comment instead of a reason" + advice,
                "Catch block for IOException holds only a to-do comment instead of a reason" + advice,
                "Catch block for IOException is empty" + advice);
        assertThat(findings.get(0).location().enclosingSymbol()).isEqualTo("com.example.ConfigLoader#empty()");
    }
}
