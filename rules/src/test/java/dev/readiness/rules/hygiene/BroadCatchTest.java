package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadCatchTest {

    @TempDir
    Path work;

    @Test
    void reportsBroadCatchesThatHandleGenericallyButNotRethrowsEscapesForcedCatchesBoundariesOrSwallowedBlocks() {
        // the markers carry the type each catch block is reported for
        List<Finding> findings = RuleSampleVerifier.forRule(BroadCatch.class, work).verify("broad-catch");

        assertThat(findings).hasSize(7);
    }

    @Test
    void neverReportsABlockThatSwallowedExceptionReports() {
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(BroadCatch.class, SwallowedException.class),
                work).verify("broad-catch-with-swallowed");

        assertThat(findings).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("hygiene/broad-catch", "hygiene/swallowed-exception");
    }
}
