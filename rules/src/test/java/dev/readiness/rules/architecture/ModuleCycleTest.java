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

class ModuleCycleTest {

    @TempDir
    Path work;

    @Test
    void joinsAnUndeclaredCodeReferenceWithADeclarationIntoOneCycleCutAtTheWeakerLink() {
        List<Finding> findings = RuleSampleVerifier.forRule(ModuleCycle.class, work).verify("module-dependencies-maven");

        assertThat(findings).singleElement().extracting(Finding::message).asString().startsWith("Module cycle "
                + "between 2 modules: app, core. Links: app -> core (not declared, 2 type references), core -> app "
                + "(declared in core/pom.xml, 1 type reference). Cheapest to cut: core -> app.");
        assertThat(findings.get(0).relatedLocations()).extracting(Location::path,
                location -> location.region().startLine(), Location::message).containsExactly(
                tuple("app/src/main/java/com/example/app/Checkout.java", 4,
                        "app uses core: Checkout -> com.example.core.Discount"),
                tuple("core/src/main/java/com/example/core/Pricing.java", 3,
                        "core uses app: Pricing -> com.example.app.Checkout"));
    }

    @Test
    void gradleDeclarationNobodyUsesIsTheCheapestLinkAndPlatformsOrConstraintsAreNoLinks() {
        List<Finding> findings = RuleSampleVerifier.forRule(ModuleCycle.class, work).verify("module-dependencies-gradle");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("Module cycle between 3 modules: cli-tools, lib, service. "
                    + "Links: cli-tools -> lib (declared in cli-tools/build.gradle.kts, 1 type reference), "
                    + "cli-tools -> service (not declared, 1 type reference), lib -> cli-tools (declared in "
                    + "lib/build.gradle, 0 type references), service -> lib (declared in service/build.gradle, 1 type "
                    + "reference). Cheapest to cut: lib -> cli-tools.");
            assertThat(finding.relatedLocations()).extracting(Location::path, location -> location.region().startLine())
                    .containsExactly(tuple("cli-tools/build.gradle.kts", 2),
                            tuple("cli-tools/src/main/java/shop/tools/Report.java", 3),
                            tuple("cli-tools/src/main/java/shop/tools/Report.java", 4),
                            tuple("service/build.gradle", 2),
                            tuple("service/src/main/java/shop/service/Billing.java", 3));
        });
    }
}
