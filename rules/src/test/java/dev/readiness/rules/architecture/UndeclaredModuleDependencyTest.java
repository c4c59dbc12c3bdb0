package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredModuleDependencyTest {

    @TempDir
    Path work;

    @Test
    void mavenWarnsOnAnUnreachableModuleAndNotesATransitiveOne() {
        List<Finding> findings = RuleSampleVerifier.forRule(UndeclaredModuleDependency.class, work)
                .verify("module-dependencies-maven");

        assertThat(findings).extracting(Finding::level).containsExactly(Level.NOTE, Level.WARNING);
        assertThat(findings).extracting(Finding::message).satisfiesExactly(
                transitive -> assertThat(transitive).startsWith("Production code of module app uses module api (1 type "
                        + "reference, first Checkout -> com.example.api.Greeting) but app/pom.xml does not declare it; "
                        + "it only arrives transitively through app -> util -> api"),
                unreachable -> assertThat(unreachable).startsWith("Production code of module app uses module core (2 "
                        + "type references, first Checkout -> com.example.core.Discount) but app/pom.xml does not "
                        + "declare it, and no declared dependency brings it onto the compile classpath"));
        assertThat(findings.get(1).relatedLocations()).extracting(Location::path, location -> location.region()
                .startLine(), Location::message).containsExactly(tuple("app/src/main/java/com/example/app/Checkout.java",
                5, "Checkout uses com.example.core.Pricing"));
    }

    @Test
    void gradleReadsProjectAccessorsAndMovedProjectsAndAcceptsTestFixtures() {
        List<Finding> findings = RuleSampleVerifier.forRule(UndeclaredModuleDependency.class, work)
                .verify("module-dependencies-gradle");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.level()).isEqualTo(Level.WARNING);
            assertThat(finding.message()).startsWith("Production code of module cli-tools uses module service (1 type "
                    + "reference, first Report -> shop.service.Billing) but cli-tools/build.gradle.kts does not declare "
                    + "it, and no declared dependency brings it onto the compile classpath");
        });
    }
}
