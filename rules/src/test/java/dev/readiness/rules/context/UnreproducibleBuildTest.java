package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreproducibleBuildTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(UnreproducibleBuild.class, work).verify(sample);
    }

    @Test
    void reportsNoWrapperNoJavaVersionAndEachPluginNoPomOfTheRepositoryPins() {
        assertThat(verify("build-maven-unpinned")).extracting(Finding::message).contains(
                "Plugin org.codehaus.mojo:exec-maven-plugin has no version: Maven picks one that depends on its own "
                        + "version, so builds differ between machines; add a <version> (in pluginManagement of the "
                        + "parent pom).")
                .anyMatch(message -> message.startsWith("No Maven wrapper (mvnw and .mvn/wrapper/maven-wrapper.properties)"))
                .anyMatch(message -> message.startsWith("No Java version declared: set <maven.compiler.release>"));
    }

    @Test
    void wrapperReleaseInTheCompilerPluginAndVersionsInheritedFromTheParentAreReproducible() {
        assertThat(verify("build-maven-pinned")).isEmpty();
    }

    @Test
    void gradleWithWrapperAndToolchainIsReproducible() {
        assertThat(verify("build-gradle-toolchain")).isEmpty();
    }

    @Test
    void bareGradleBuildLacksWrapperAndJavaVersion() {
        assertThat(verify("build-gradle-bare")).extracting(Finding::message)
                .anyMatch(message -> message.startsWith("No Gradle wrapper"))
                .anyMatch(message -> message.startsWith("No Java version declared: add a toolchain"));
    }
}
