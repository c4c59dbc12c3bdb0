package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<Finding> findings = RuleSampleVerifier.forRule(PackageCycle.class, work).verify("package-cycle");

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo("Package cycle between 2 "
                + "packages: shop.customer, shop.order. Fewest dependencies to cut: shop.customer -> shop.order "
                + "(2 references). Invert the dependency (an interface in the used package's client), or move the "
                + "shared type, so the packages form a hierarchy.");
        assertThat(findings.get(0).relatedLocations()).extracting(Location::path, location -> location.region().startLine(),
                Location::message).containsExactly(org.assertj.core.api.Assertions.tuple(
                        "src/main/java/shop/customer/Loyalty.java", 7, "Loyalty uses shop.order.Order"));
    }
}
