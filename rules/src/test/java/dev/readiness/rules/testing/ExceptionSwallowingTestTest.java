package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionSwallowingTestTest {

    @TempDir
    Path work;

    @Test
    void reportsCatchBlocksThatOnlyIgnorePrintOrLogButNotTheExpectedExceptionIdiom() {
        // the markers of emptyCatch and logsOnly carry the caught types, the test and what the block does
        List<Finding> findings = RuleSampleVerifier.forRule(ExceptionSwallowingTest.class, work)
                .verify("exception-swallowing-test");

        assertThat(findings).hasSize(8);
    }
}
