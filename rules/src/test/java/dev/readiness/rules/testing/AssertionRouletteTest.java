package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionRouletteTest {

    @TempDir
    Path work;

    @Test
    void reportsTestsWithMoreThanThreeBareJUnitOrTestNgAsserts() {
        List<Finding> findings = RuleSampleVerifier.forRule(AssertionRoulette.class, work).verify("assertion-roulette");

        assertThat(findings).hasSize(4);
        assertThat(findings).extracting(Finding::message).contains(
                "Test fourBareAsserts has 4 asserts without a message: a failure will not say which one broke or "
                        + "why. Add messages, group them in assertAll, split the test, or use AssertJ, whose failures "
                        + "describe the value.");
    }
}
