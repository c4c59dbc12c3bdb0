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
        List<Finding> findings = RuleSampleVerifier.forRule(ExceptionSwallowingTest.class, work)
                .verify("exception-swallowing-test");

        String advice = ", so the test passes whether or not the exception is thrown. Let it propagate (declare "
                + "throws), assert it with assertThrows / assertThatThrownBy, or fail in the catch block.";
        assertThat(findings).hasSize(7);
        assertThat(findings).extracting(Finding::message).contains(
                "The catch block for IllegalStateException in test emptyCatch is empty" + advice,
                "The catch block for IOException | IllegalStateException in test logsOnly only prints or logs the "
                        + "exception" + advice);
    }
}
