package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInstructionsConflictTest {

    @TempDir
    Path work;

    private List<Finding> verify(String sample) {
        return RuleSampleVerifier.forRule(AgentInstructionsConflict.class, work).verify(sample);
    }

    @Test
    void reportsOtherToolWrapperSkippedTestsAndJavaVersionsOnTheLaterFile() {
        List<Finding> findings = verify("agents-conflict");

        // not in markers: the rule would read the commands and versions in them as claims of CLAUDE.md
        assertThat(findings).filteredOn(finding -> finding.location().path().equals("CLAUDE.md"))
                .extracting(Finding::message).satisfiesExactlyInAnyOrder(
                        command -> assertThat(command).startsWith("CLAUDE.md says to test with `mvn test -DskipITs` but "
                                + "AGENTS.md with `./mvnw -B verify` (it uses a global install, AGENTS.md the wrapper; "
                                + "it skips -DskipITs, AGENTS.md nothing): "),
                        version -> assertThat(version).startsWith("CLAUDE.md names JDK 21 but AGENTS.md names Java 17: "));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.relatedLocations())
                .extracting(Location::path).containsExactly("AGENTS.md"));
    }

    @Test
    void sameCommandsAndCompatibleVersionsAgree() {
        assertThat(verify("agents-agree")).isEmpty();
    }

    @Test
    void aMinimumVersionConflictsOnlyWithAnExactVersionBelowIt() {
        InstructionClaims.JavaVersion atLeast17 = new InstructionClaims.JavaVersion(1, 17, true, "Java 17+");

        assertThat(atLeast17.contradicts(new InstructionClaims.JavaVersion(1, 11, false, "Java 11"))).isTrue();
        assertThat(atLeast17.contradicts(new InstructionClaims.JavaVersion(1, 21, false, "Java 21"))).isFalse();
        assertThat(atLeast17.contradicts(new InstructionClaims.JavaVersion(1, 21, true, "Java 21+"))).isFalse();
        assertThat(new InstructionClaims.JavaVersion(1, 21, false, "JDK 21")
                .contradicts(new InstructionClaims.JavaVersion(1, 17, false, "Java 17"))).isTrue();
    }
}
