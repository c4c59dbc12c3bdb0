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
    void reportsBroadCatchesThatHandleGenericallyButNotRethrowsBoundariesOrSwallowedBlocks() {
        List<Finding> findings = RuleSampleVerifier.forRule(BroadCatch.class, work).verify("broad-catch");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Catch block catches Exception and handles every failure the same way, including programming "
                        + "errors: catch the specific exceptions the try block throws, or rethrow what you cannot "
                        + "handle.",
                "Catch block catches RuntimeException and handles every failure the same way, including "
                        + "programming errors: catch the specific exceptions the try block throws, or rethrow what "
                        + "you cannot handle.",
                "Catch block catches java.lang.Throwable and handles every failure the same way, including "
                        + "programming errors: catch the specific exceptions the try block throws, or rethrow what "
                        + "you cannot handle.");
    }

    @Test
    void neverReportsABlockThatSwallowedExceptionReports() {
        List<Finding> findings = RuleSampleVerifier.forRules(List.of(BroadCatch.class, SwallowedException.class),
                work).verify("broad-catch-with-swallowed");

        assertThat(findings).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("hygiene/broad-catch", "hygiene/swallowed-exception");
    }
}
