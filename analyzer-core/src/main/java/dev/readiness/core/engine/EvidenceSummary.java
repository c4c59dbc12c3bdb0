package dev.readiness.core.engine;

import dev.readiness.core.evidence.Measures;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.metrics.EvidenceMetrics;
import java.util.Optional;
import java.util.OptionalDouble;

/** Turns the evidence read from PIT and JaCoCo reports into the metrics reports show. */
final class EvidenceSummary {

    private EvidenceSummary() {
    }

    static EvidenceMetrics of(Optional<TestEvidence> evidence) {
        if (evidence.isEmpty() || evidence.get().reports().isEmpty()) {
            return EvidenceMetrics.NONE;
        }
        Measures overall = evidence.get().overall();
        return new EvidenceMetrics(value(overall.lineCoverage()), value(overall.mutationScore()),
                value(overall.testStrength()), evidence.get().reports().size());
    }

    private static Double value(OptionalDouble ratio) {
        return ratio.isPresent() ? ratio.getAsDouble() : null;
    }
}
