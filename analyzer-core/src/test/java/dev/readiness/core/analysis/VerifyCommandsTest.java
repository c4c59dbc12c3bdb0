package dev.readiness.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.BuildModule.BuildTool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test command a fix prompt names: the innermost module's, with the wrapper when the repository has one. */
class VerifyCommandsTest {

    private static BuildModule module(String directory, BuildTool tool) {
        return new BuildModule(directory, directory.isEmpty() ? "pom.xml" : directory + "/pom.xml", tool, List.of(),
                List.of());
    }

    @Test
    void aMavenModuleIsTestedWithItsDependenciesThroughTheWrapper() {
        VerifyCommands commands = VerifyCommands.of(List.of(module("", BuildTool.MAVEN),
                module("core", BuildTool.MAVEN), module("core/api", BuildTool.MAVEN)), Set.of("mvnw")::contains);

        assertThat(commands.forPath("core/api/src/main/java/A.java")).hasValue("./mvnw -B -pl core/api -am test");
        assertThat(commands.forPath("core/src/main/java/B.java")).hasValue("./mvnw -B -pl core -am test");
        assertThat(commands.forPath("README.md")).hasValue("./mvnw -B test");
        assertThat(commands.forPath("corelib/C.java")).hasValue("./mvnw -B test");
    }

    @Test
    void aGradleProjectWithoutWrapperUsesGradleAndAConventionModuleNothing() {
        VerifyCommands gradle = VerifyCommands.of(List.of(module("", BuildTool.GRADLE),
                module("services/billing", BuildTool.GRADLE)), Set.<String>of()::contains);
        VerifyCommands plain = VerifyCommands.of(List.of(module("", BuildTool.CONVENTION)), Set.<String>of()::contains);

        assertThat(gradle.forPath("services/billing/src/B.java")).hasValue("gradle :services:billing:test");
        assertThat(gradle.forPath("build.gradle")).hasValue("gradle test");
        assertThat(plain.forPath("src/A.java")).isEmpty();
    }
}
