package dev.readiness.core.score;

import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;

/**
 * The measures the finding-impact and plan tests work out by hand: 2,000 lines of production code in A.java (healthy)
 * and B.java (two complex methods, lines 10–30 and 40–60, each costing a point: health 8.0), and no tests.
 */
final class ScoreFixtures {

    static final TestMetrics NO_TESTS = new TestMetrics(
            new ModuleTestMetrics("", 2000, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0), List.of());
    static final FileHealth HEALTHY = new FileHealth("A.java", 1000, 10.0, HealthBand.GREEN, List.of());
    static final FileHealth TWO_COMPLEX = new FileHealth("B.java", 1000, 8.0, HealthBand.YELLOW, List.of(
            new Biomarker("complex-method", 2, 2.0, List.of("B.a at line 10", "B.b at line 40"), List.of(
                    new Biomarker.Span(10, 30, 100), new Biomarker.Span(40, 60, 100)))));
    static final CodeHealthSummary HEALTH = CodeHealthSummary.of(List.of(HEALTHY, TWO_COMPLEX));

    private ScoreFixtures() {
    }

    /** A finding of {@code rule}, at its default level, in {@code path} on {@code region}. */
    static Finding at(RuleMetadata rule, String path, Region region) {
        return new Finding(rule.id(), rule.defaultLevel(), "m", Location.of(path, region, ""), List.of());
    }
}
