package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.graph.DependencyGraph.PackageMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnstableDependencyTest {

    @TempDir
    Path work;

    @Test
    void reportsTheStablePackageUsingTheUnstableOneButNotThePackageWithTwoDependents() {
        List<Finding> findings = RuleSampleVerifier.forRule(UnstableDependency.class, work).verify("unstable-dependency");

        assertThat(findings).singleElement().extracting(Finding::message).asString().startsWith("Stable package "
                + "app.core (I 0.25, A 0.33, Ca 3, Ce 1) depends on the much less stable package app.plugin (I 0.75, "
                + "A 0.00, Ca 1, Ce 3) (2 references). Changes of app.plugin can ripple into the 3 packages that "
                + "depend on app.core: ");
        assertThat(findings.get(0).relatedLocations()).extracting(Location::path,
                location -> location.region().startLine(), Location::message).containsExactly(tuple(
                        "src/main/java/app/core/Money.java", 3, "Money uses app.plugin.Formatter"));
    }

    @Test
    void theInstabilityGapCountsFromHalfUpAndOnlyForAPackageWithThreeDependents() {
        PackageMetrics stable = metrics(3, 1);
        PackageMetrics halfLessStable = metrics(1, 3);
        PackageMetrics slightlyLessStable = metrics(2, 3);
        PackageMetrics fewDependents = metrics(2, 0);

        assertThat(List.of(UnstableDependency.violates(stable, halfLessStable),
                UnstableDependency.violates(stable, slightlyLessStable),
                UnstableDependency.violates(fewDependents, halfLessStable)))
                .containsExactly(true, false, false);
    }

    private static PackageMetrics metrics(int afferent, int efferent) {
        double instability = (double) efferent / (afferent + efferent);
        return new PackageMetrics("p" + afferent + efferent, afferent, efferent, instability, 0, 1 - instability);
    }
}
