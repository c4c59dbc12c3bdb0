package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.VerifyCommands;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding as an agent's instruction: the rule's title and how-to-fix, the message, the place and the test command. */
class FixPromptsTest {

    private static final Finding NESTED = TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING,
            Location.of("core/src/main/java/a/Order.java", Region.line(42), "a.Order#total()"),
            "Method 'total' nests control flow 7 levels deep.\nFlatten it.");

    @Test
    void saysWhatIsWrongWhereHowAndWhichCommandChecksTheFix() {
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of(NESTED))
                .verifyCommands(VerifyCommands.of(List.of(new BuildModule("core", "core/pom.xml",
                        BuildModule.BuildTool.MAVEN, List.of(), List.of())), Set.of("mvnw")::contains)).build();

        assertThat(FixPrompts.of(result, NESTED)).isEqualTo("""
                Fix Deep nesting at core/src/main/java/a/Order.java:42 (modularity/deep-nesting).
                What is wrong: Method 'total' nests control flow 7 levels deep. Flatten it.
                How: Extract the inner blocks into methods.
                Done when: Repo Readiness no longer reports modularity/deep-nesting at core/src/main/java/a/Order.java, \
                the behaviour is unchanged, and `./mvnw -B -pl core -am test` passes.""");
    }

    @Test
    void withoutABuildThatDeclaresTestsItNamesTheProjectsTestsAndTheTemplateHasPlaceholders() {
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of(NESTED)).build();

        assertThat(FixPrompts.of(result, NESTED)).endsWith("and the project's tests passes.");
        assertThat(FixPrompts.template(TestResults.SECRET)).startsWith("Fix Hardcoded secret at <path>:<line> "
                + "(hygiene/hardcoded-secret).").contains("How: Move it to a [vault](https://example.org/vault).");
    }
}
