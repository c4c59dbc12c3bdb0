package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeMissingCommandsTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(ReadmeMissingCommands.class, work).verify(sample);
    }

    @Test
    void noReadmeIsReportedOnTheRootBuildFileWithTheWrapperCommands() {
        assertThat(verify("readme-none-maven")).singleElement().extracting(Finding::message).asString()
                .startsWith("No README at the repository root: ").contains("`./mvnw verify`, `./mvnw test`");
    }

    @Test
    void noReadmeAndNoBuildFileIsReportedOnTheFirstRootFile() {
        assertThat(verify("readme-none-no-build-file")).singleElement()
                .satisfies(finding -> assertThat(finding.location().path()).isEqualTo("build.sh"));
    }

    @Test
    void readmeWithBuildInCodeAndTestInProseIsComplete() {
        assertThat(verify("readme-complete")).isEmpty();
    }

    @Test
    void readmeWithoutTestCommandIsReportedAtTheBuildHeading() {
        assertThat(verify("readme-no-test")).singleElement().extracting(Finding::message).asString()
                .startsWith("README.md shows no test command: ").contains("`mvn verify`, `mvn test`");
    }

    @Test
    void proseMentioningToolsIsNotACommand() {
        assertThat(verify("readme-prose-only")).singleElement().extracting(Finding::message).asString()
                .startsWith("README.md shows no build command and no test command: ")
                .contains("`gradle build`, `gradle test`");
    }

    @Test
    void asciiDocListingBlocksAndInlineCodeAreRecognised() {
        assertThat(verify("readme-adoc-gradle")).isEmpty();
    }

    @Test
    void recognisesCommandsInEveryForm() {
        assertThat(ReadmeCommands.find("```\nmvnw.cmd -q compile\n```")).isEqualTo(new ReadmeCommands.Found(true, false));
        assertThat(ReadmeCommands.find("    ./gradlew check")).isEqualTo(new ReadmeCommands.Found(true, true));
        assertThat(ReadmeCommands.find("Run `mvn -Dtest=OrderTest surefire:test`.")).isEqualTo(
                new ReadmeCommands.Found(true, true));
        assertThat(ReadmeCommands.find("$ ./mvnw -B -pl core verify && echo ok")).isEqualTo(
                new ReadmeCommands.Found(true, true));
        assertThat(ReadmeCommands.find("Run the tests, then build.")).isEqualTo(new ReadmeCommands.Found(false, false));
        assertThat(ReadmeCommands.find("See build.gradle and gradle/wrapper for details.")).isEqualTo(
                new ReadmeCommands.Found(false, false));
        assertThat(ReadmeCommands.find("Artifacts are on mvnrepository.com.")).isEqualTo(
                new ReadmeCommands.Found(false, false));
        assertThat(ReadmeCommands.find("`gradle run`")).isEqualTo(new ReadmeCommands.Found(false, false));
    }

    @Test
    void lifecyclePhasesAfterTestRunTheTestsUnlessSkipped() {
        // rewritten from the maven and javaparser READMEs ("mvn install") and mockito's ("./gradlew build")
        assertThat(ReadmeCommands.find("```\nmvn clean install\n```")).isEqualTo(new ReadmeCommands.Found(true, true));
        assertThat(ReadmeCommands.find("```\n./gradlew build\n```")).isEqualTo(new ReadmeCommands.Found(true, true));
        assertThat(ReadmeCommands.find("```\nmvn package -DskipTests\n```"))
                .isEqualTo(new ReadmeCommands.Found(true, false));
        assertThat(ReadmeCommands.find("```\nmvn install -Dmaven.test.skip=true\n```"))
                .isEqualTo(new ReadmeCommands.Found(true, false));
        assertThat(ReadmeCommands.find("```\n./gradlew build -x test\n```")).isEqualTo(new ReadmeCommands.Found(true, false));
    }

    @Test
    void aBareMvnRunsThePomsDefaultGoal() {
        assertThat(verify("readme-maven-default-goal")).isEmpty();
    }

    @Test
    void aBareMvnWithoutADefaultGoalBuildsNothing() {
        assertThat(verify("readme-bare-mvn-no-default")).singleElement().extracting(Finding::message)
                .asString().startsWith("README.md shows no build command and no test command");
    }
}
