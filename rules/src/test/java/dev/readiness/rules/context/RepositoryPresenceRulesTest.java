package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Rule;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The presence checks judged on content: CI that builds, CODEOWNERS, architecture documentation. */
class RepositoryPresenceRulesTest {

    @TempDir
    Path work;

    private List<Finding> verify(Class<? extends Rule> rule, String sample) {
        return RuleSampleVerifier.forRule(rule, work).verify(sample);
    }

    @Test
    void noCiIsReportedOnTheReadme() {
        assertThat(verify(NoCi.class, "ci-none")).singleElement().extracting(Finding::message).asString()
                .startsWith("No CI configuration in the repository: nothing it defines builds or tests a change");
    }

    @Test
    void aWorkflowRunningTheWrapperIsEnoughEvenBesideOneThatDoesNot() {
        assertThat(verify(NoCi.class, "ci-builds")).isEmpty();
    }

    @Test
    void ciThatOnlySetsUpToolsIsReportedOnItsFirstFile() {
        assertThat(verify(NoCi.class, "ci-no-build")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("CI is configured but no job runs the build or the tests");
            assertThat(finding.relatedLocations()).extracting(location -> location.path()).containsExactly(".travis.yml");
        });
    }

    @Test
    void aBuildToolRunByItsPathOrWithItsArgumentsOnTheNextLinesCounts() {
        assertThat(verify(NoCi.class, "ci-tool-by-path")).isEmpty();
        assertThat(verify(NoCi.class, "ci-continued-line")).isEmpty();
    }

    @Test
    void aScriptOfTheRepositoryThatTheWorkflowCallsCounts() {
        assertThat(verify(NoCi.class, "ci-script")).isEmpty();
    }

    @Test
    void aScriptInTheDirectoryTheStepChangesToCountsWhenItCompilesNotWhenItOnlyTalks() {
        assertThat(verify(NoCi.class, "ci-script-in-subdirectory")).isEmpty();
        assertThat(verify(NoCi.class, "ci-script-in-subdirectory-no-build")).singleElement()
                .extracting(Finding::message).asString()
                .startsWith("CI is configured but no job runs the build or the tests");
    }

    @Test
    void aReusableWorkflowNamedForBuildingCountsAndOneThatOnlyPublishesDoesNot() {
        // rewritten from logging-log4j2, whose build.yaml calls the organisation's build-reusable workflow
        assertThat(verify(NoCi.class, "ci-reusable")).isEmpty();
        assertThat(verify(NoCi.class, "ci-reusable-other")).singleElement().extracting(Finding::message).asString()
                .startsWith("CI is configured but no job runs the build or the tests");
    }

    @Test
    void aCompositeActionOfTheRepositoryThatRunsTheBuildCountsOneThatOnlySetsUpDoesNot() {
        // rewritten from Guice, whose CI runs Maven through .github/actions/maven-test
        assertThat(verify(NoCi.class, "ci-composite")).isEmpty();
        assertThat(verify(NoCi.class, "ci-composite-setup-only")).singleElement().extracting(Finding::message)
                .asString().startsWith("CI is configured but no job runs the build or the tests");
    }

    @Test
    void codeownersIsLookedForAtTheRootInGithubAndInDocs() {
        assertThat(verify(NoCodeowners.class, "codeowners-none")).hasSize(1);
        assertThat(verify(NoCodeowners.class, "codeowners-none-no-readme")).hasSize(1);
        assertThat(verify(NoCodeowners.class, "codeowners-github")).isEmpty();
    }

    @Test
    void architectureDocsAreAnAdrFolderOrAReadmeSectionWithContent() {
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-none")).hasSize(1);
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-adr")).isEmpty();
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-readme")).isEmpty();
    }

    @Test
    void architecturePagesCountAnywhereInADocumentationTreeImagesAndPackageResourcesDoNot() {
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-site")).isEmpty();
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-nested")).isEmpty();
        assertThat(verify(NoArchitectureDocs.class, "architecture-docs-near-miss")).hasSize(1);
    }

    @Test
    void anArchitectureDocumentIsNamedSoOrFiledAsSoAndReadable() {
        assertThat(List.of("ARCHITECTURE.md", "core/architecture.adoc", "docs/adr/0001-layers.md",
                "doc/design-docs/matching.md", "design/overview.rst", "notes/Design-Choices.md",
                "docs/guide/system-architecture.adoc", "src/site/markdown/internals/Architecture_Overview.md",
                "documentation/diagrams/arc42/context.puml", "app/src/docs/decisions/0002-queue.txt"))
                .allSatisfy(path -> assertThat(NoArchitectureDocs.isArchitectureDocument(path)).as(path).isTrue());
        assertThat(List.of("docs/architecture/overview.png", "src/site/resources/design/classes.png",
                "src/main/resources/com/acme/checks/design/messages.md", "lib/decisions/notes.md",
                "docs/reference/form-binding-design.adoc", "designer-guide.md", "docs/redesign.md",
                "src/main/java/com/acme/architecture/Layer.java"))
                .allSatisfy(path -> assertThat(NoArchitectureDocs.isArchitectureDocument(path)).as(path).isFalse());
    }

    @Test
    void anArchitectureSectionEndsAtTheNextHeadingOfItsLevel() {
        assertThat(NoArchitectureDocs.hasArchitectureSection("## Layout\n\nOne line.\n## Other\na\nb\nc\n")).isFalse();
        assertThat(NoArchitectureDocs.hasArchitectureSection("## Layout\n### Web\nControllers.\n### Core\n")).isTrue();
        assertThat(NoArchitectureDocs.hasArchitectureSection("## Design\n```\nweb -> core\ncore -> db\n```\n")).isTrue();
    }
}
