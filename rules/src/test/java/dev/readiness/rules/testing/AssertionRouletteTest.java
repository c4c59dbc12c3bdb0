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
        // the marker of fourBareAsserts carries the test and its count of bare asserts
        List<Finding> findings = RuleSampleVerifier.forRule(AssertionRoulette.class, work).verify("assertion-roulette");

        assertThat(findings).hasSize(4);
    }
}
