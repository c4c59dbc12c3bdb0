package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Suppression;
import dev.readiness.rules.context.ReadmeMissingCommands;
import dev.readiness.rules.hygiene.ConsoleLogging;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-source suppressions on real samples: the verifier checks that only unsuppressed findings are
 * reported (suppressed lines carry no expect marker); the scan keeps the suppressed ones, marked.
 */
class SuppressionSamplesTest {

    private static final String READER = "src/main/java/com/example/Reporter.java";

    @TempDir
    Path work;

    @Test
    void javaCommentsAndAnnotationsSuppressOnlyTheirRuleAndRange() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(ConsoleLogging.class, work);
        verifier.verify("suppressions-java");

        AnalysisResult result = verifier.scan(work.resolve("suppressions-java"));
        assertThat(result.findings()).filteredOn(Finding::isSuppressed)
                .extracting(finding -> finding.location().region().startLine())
                .containsExactly(7, 9, 11, 23, 24, 29, 40);
        assertThat(result.findings()).filteredOn(Finding::isSuppressed).extracting(Finding::suppression)
                .startsWith(new Suppression("CLI demo output", READER, 7),
                        new Suppression("the line below is the banner", READER, 8),
                        new Suppression("", READER, 10),
                        new Suppression("", READER, 21));
    }

    @Test
    void anIgnoreCommentWithoutReasonIsHonouredButReported() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(ConsoleLogging.class, work);

        AnalysisResult result = verifier.scan(verifier.copy("suppressions-java"));

        assertThat(result.notifications()).filteredOn(note -> note.id().equals("suppression-without-reason"))
                .singleElement().extracting(ToolNotification::path, ToolNotification::line)
                .containsExactly(READER, 10);
        // the comment naming another rule names a rule that did not run here
        assertThat(result.notifications()).filteredOn(note -> note.id().equals("suppression-unknown-rule"))
                .extracting(ToolNotification::line).containsExactly(12);
    }

    @Test
    void markdownCommentSuppressesARepositoryLevelFinding() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(ReadmeMissingCommands.class, work);

        assertThat(verifier.verify("suppressions-readme")).isEmpty();
        assertThat(verifier.scan(work.resolve("suppressions-readme")).findings()).singleElement()
                .extracting(Finding::suppression)
                .isEqualTo(new Suppression("tests run in the platform pipeline", "README.md", 3));
    }

    @Test
    void markdownCommentAloneOnTheLineAboveSuppressesTheLineBelow() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(ReadmeMissingCommands.class, work);

        assertThat(verifier.verify("suppressions-readme-no-reason")).isEmpty();
        AnalysisResult result = verifier.scan(work.resolve("suppressions-readme-no-reason"));
        assertThat(result.suppressedCount()).isEqualTo(1);
        assertThat(result.notifications()).extracting(ToolNotification::id).contains("suppression-without-reason");
    }
}
