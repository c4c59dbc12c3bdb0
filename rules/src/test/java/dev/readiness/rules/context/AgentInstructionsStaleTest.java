package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInstructionsStaleTest {

    @TempDir
    Path work;

    @Test
    void reportsMissingModulesPathsTypesAndWrappersButNotPlaceholdersOrOtherRepositories() {
        List<Finding> findings = RuleSampleVerifier.forRule(AgentInstructionsStale.class, work).verify("agents-stale");

        // not in markers: the rule would read the names in them as mentions
        assertThat(findings).extracting(Finding::message)
                .anySatisfy(module -> assertThat(module).startsWith("AGENTS.md names the module `billing` (-pl billing), "
                        + "but the repository has no such module (modules: core, shop-core, shop-parent, shop-web, web): "))
                .anySatisfy(wrapper -> assertThat(wrapper).startsWith("AGENTS.md runs `./gradlew`, but the repository has "
                        + "no gradlew wrapper script: use the build tool installed (`gradle`) or add the wrapper: "))
                .anySatisfy(type -> assertThat(type).startsWith("AGENTS.md mentions the type `InvoiceService`, but no "
                        + "source in the repository declares it (nor does the code use a library type of that name): "))
                .anySatisfy(path -> assertThat(path).startsWith("AGENTS.md mentions the path `docs/adr/0001-layers.md`, "
                        + "which does not exist in the repository: "));
    }

    @Test
    void aMissingMvnwIsNoStaleMentionWhereTheFileNamesTheMvxLauncherTheRepositoryHas() {
        // rewritten from JLine, whose CLAUDE.md says it uses mvx, not mvnw, and that an older branch still uses mvnw
        List<Finding> findings = RuleSampleVerifier.forRule(AgentInstructionsStale.class, work)
                .verify("agents-stale-stand-in");

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .startsWith("CLAUDE.md runs `./gradlew`, but the repository has no gradlew wrapper script");
    }
}
