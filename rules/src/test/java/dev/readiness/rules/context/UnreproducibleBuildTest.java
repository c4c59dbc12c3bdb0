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
        // the markers carry what is missing: the wrapper, the Java version, the version of each plugin an everyday
        // build runs (not those of opt-in profiles, nor those the packaging of a pinned extension maps)
        assertThat(verify("build-maven-unpinned")).hasSize(6);
    }

    @Test
    void wrapperReleaseInTheCompilerPluginAndVersionsInheritedFromTheParentAreReproducible() {
        assertThat(verify("build-maven-pinned")).isEmpty();
    }

    @Test
    void underAWrapperThePluginsMavenItselfVersionsArePinnedOthersAreNot() {
        // the jar lifecycle binds surefire, the super POM pins dependency, every lifecycle binds clean; javadoc and,
        // in a jar, war get the newest release
        assertThat(verify("build-maven-wrapper-defaults")).hasSize(2);
    }

    @Test
    void mvxWithItsConfigurationIsAMavenWrapper() {
        assertThat(verify("build-maven-mvx")).isEmpty();
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
