package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInstructionsMissingTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(AgentInstructionsMissing.class, work).verify(sample);
    }

    @Test
    void noInstructionFileIsReportedOnTheReadme() {
        assertThat(verify("agents-none")).singleElement().extracting(Finding::message).asString()
                .startsWith("No agent instruction file (AGENTS.md, CLAUDE.md, GEMINI.md, ");
    }

    @Test
    void aProjectItsReadmeDeclaresDeprecatedGetsTheAdviceAsANoteSayingSo() {
        // rewritten from JavaPoet, Joda-Time and Hystrix: the advice holds, for the few changes they still take
        assertThat(verify("agents-none-deprecated")).singleElement().satisfies(finding -> {
            assertThat(finding.level()).isEqualTo(Level.NOTE);
            assertThat(finding.message()).endsWith("The README says the project is deprecated (README.md:5), so this "
                    + "matters only for the changes it still takes.");
        });
    }

    @Test
    void maintenanceModeOrAPartOfTheProjectDeprecatedLeavesTheWarning() {
        // rewritten from Gson and ZXing, which still take fixes, and from a README deprecating one of its APIs
        assertThat(verify("agents-none-maintenance")).singleElement().extracting(Finding::level)
                .isEqualTo(Level.WARNING);
    }

    @Test
    void boilerplateAgentsMdIsReportedWithWhatItLacksAndTheOtherFileAsRelated() {
        assertThat(verify("agents-boilerplate")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("AGENTS.md and 1 other instruction file exist but give an agent "
                    + "nothing to work with: no build or test command, no layout or conventions.");
            assertThat(finding.relatedLocations()).extracting(location -> location.path()).containsExactly("CLAUDE.md");
        });
    }

    @Test
    void aFileWithLayoutAndConventionsButNoCommandSaysOnlyWhatIsMissing() {
        // rewritten from Spock: the command is in the contributing guide the file sends the agent to, not in the file
        assertThat(verify("agents-no-command")).singleElement().extracting(Finding::message).isEqualTo(
                "AGENTS.md exists but gives an agent no build or test command to run. Add the exact build and test "
                        + "commands in code (e.g. `./mvnw verify`).");
    }

    @Test
    void filesWithACommandAndAnExistingDirectoryTogetherAreEnough() {
        assertThat(verify("agents-substance")).isEmpty();
    }

    @Test
    void aNestedFileWithAnNpmCommandAndListedRulesIsEnough() {
        assertThat(verify("agents-nested-only")).isEmpty();
    }

    @Test
    void substanceNeedsBothACommandAndALayoutOrConventions() {
        RepositoryPaths nothing = RepositoryPaths.empty();

        assertThat(InstructionSubstance.of("Run `./mvnw verify`.", nothing, "").missing())
                .isEqualTo("no layout or conventions");
        assertThat(InstructionSubstance.of("- Never use `System.out`.\n- Always add a test.", nothing, "")
                .missing()).isEqualTo("no build or test command");
        assertThat(InstructionSubstance.of("Use gradle to build the `core` things.", nothing, "").enough())
                .isFalse();
        assertThat(InstructionSubstance.of("```\nmake test\n```\n- Do not push.\n- Prefer records.", nothing, "")
                .enough()).isTrue();
    }
}
