package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCycleTest {

    @TempDir
    Path work;

    @Test
    void reportsTheCycleOnTheWeakestEdgeButNotTheAcyclicPairOrTestCode() {
        // the marker carries the packages of the cycle and the edge to cut
        List<Finding> findings = RuleSampleVerifier.forRule(PackageCycle.class, work).verify("package-cycle");

        assertThat(findings).singleElement().satisfies(cycle -> assertThat(cycle.relatedLocations())
                .extracting(Location::path, location -> location.region().startLine(), Location::message)
                .containsExactly(tuple("src/main/java/shop/customer/Loyalty.java", 7, "Loyalty uses shop.order.Order")));
    }
}
