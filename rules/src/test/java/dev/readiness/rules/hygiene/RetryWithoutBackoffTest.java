package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryWithoutBackoffTest {

    @TempDir
    Path work;

    @Test
    void reportsRetryLoopsWithoutAPauseAndRetryableWithoutBackoff() {
        List<Finding> findings = RuleSampleVerifier.forRule(RetryWithoutBackoff.class, work)
                .verify("retry-without-backoff");

        assertThat(findings).hasSize(19);
        assertThat(findings.get(0).message()).startsWith("Retry loop goes round again right after a failure");
        assertThat(findings).extracting(finding -> finding.location().enclosingSymbol()).startsWith(
                "com.example.CleanupWorker#workOnTheSameAction()", "com.example.DatagramWriter#flushKeepingTheHead()",
                "com.example.ManifestScanner#readWithQueueNearby(String,ArrayDeque)",
                "com.example.ManifestScanner#sendHeadUntilAccepted(Deque)", "com.example.PortBinder#bind(int)",
                "com.example.PriceClient#priceNow(String)");
        assertThat(findings.get(8).message()).startsWith("@Retryable declares no backoff");
    }
}
