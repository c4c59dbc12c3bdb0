package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoMutationTestingTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(NoMutationTesting.class, work).verify(sample);
    }

    @Test
    void mavenBuildWithoutPitIsReportedOnItsBuildElement() {
        assertThat(verify("no-pit-maven")).singleElement().satisfies(finding -> {
            assertThat(finding.location().path()).isEqualTo("pom.xml");
            assertThat(finding.message()).startsWith("No mutation testing in the build: ").contains("pitest-maven");
        });
    }

    @Test
    void gradleKotlinBuildWithoutPitIsReportedOnItsPluginsBlock() {
        assertThat(verify("no-pit-gradle-kts")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("info.solidsoft.pitest"));
    }

    @Test
    void pomWithThePitestMavenPluginIsNotReported() {
        assertThat(verify("pit-maven")).isEmpty();
    }

    @Test
    void gradleBuildWithTheSolidsoftPitestPluginIsNotReported() {
        assertThat(verify("pit-gradle")).isEmpty();
    }

    @Test
    void withoutABuildFileNothingIsReported() {
        assertThat(verify("no-pit-no-build-file")).isEmpty();
    }

    @Test
    void withoutTestCodeNothingIsReported() {
        assertThat(verify("no-pit-no-test-code")).isEmpty();
    }

    @Test
    void aPitReportInTheBuildOutputCountsAsMutationTesting() {
        assertThat(verify("covered-not-tested")).isEmpty();
    }
}
