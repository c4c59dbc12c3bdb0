package dev.readiness.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.report.JsonReportWriter;
import dev.readiness.core.report.MarkdownReportWriter;
import dev.readiness.core.report.html.HtmlReportWriter;
import dev.readiness.core.report.SarifWriter;
import dev.readiness.core.report.TextReportWriter;
import dev.readiness.core.testing.FakeSecrets;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardcodedSecretTest {

    @TempDir
    Path work;

    private Path sample(RuleSampleVerifier verifier) {
        return FakeSecrets.fillIn(verifier.copy("hardcoded-secret"));
    }

    @Test
    void reportsKnownFormatsJdbcPasswordsAndRandomCredentialsButNoPlaceholders() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(HardcodedSecret.class, work);

        List<Finding> findings = verifier.verifyDirectory(sample(verifier));

        assertThat(findings).extracting(Finding::message).contains(
                "A hardcoded AWS access key id (AKIA\u2026(20 chars)) is written into the repository: revoke and "
                        + "rotate it (it stays in the Git history), then read it at runtime from an environment "
                        + "variable or a secret store.",
                "A hardcoded password in a JDBC URL (Xk9\u2026(12 chars)) is written into the repository: revoke and "
                        + "rotate it (it stays in the Git history), then read it at runtime from an environment "
                        + "variable or a secret store.");
    }

    @Test
    void reportsOnlyProviderIssuedKeysInTestCodeAsNotesSayingSo() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(HardcodedSecret.class, work);

        List<Finding> findings = verifier.verifyDirectory(sample(verifier));

        assertThat(findings).filteredOn(finding -> finding.location().path().startsWith("src/test/"))
                .hasSize(2)
                .allSatisfy(finding -> {
                    assertThat(finding.level()).isEqualTo(Level.NOTE);
                    assertThat(finding.message()).contains("is in test code");
                });
        assertThat(findings).filteredOn(finding -> finding.location().path().startsWith("src/main/"))
                .extracting(Finding::level).containsOnly(Level.ERROR);
    }

    @Test
    void noSecretAppearsInTheTextJsonSarifMarkdownOrHtmlReport() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(HardcodedSecret.class, work);
        AnalysisResult result = verifier.scan(sample(verifier));

        String reports = new TextReportWriter().render(result)
                + new String(new JsonReportWriter().toBytes(result), StandardCharsets.UTF_8)
                + new String(new SarifWriter().toBytes(result), StandardCharsets.UTF_8)
                + new String(new MarkdownReportWriter(null).toBytes(result), StandardCharsets.UTF_8)
                + new String(new HtmlReportWriter().toBytes(result), StandardCharsets.UTF_8);

        assertThat(result.findings()).hasSizeGreaterThanOrEqualTo(FakeSecrets.BY_PLACEHOLDER.size());
        assertThat(reports).contains("AKIA\u2026(20 chars)")
                .doesNotContain(FakeSecrets.AWS_KEY_ID, FakeSecrets.AWS_SECRET, FakeSecrets.GITHUB_TOKEN,
                        FakeSecrets.SLACK_TOKEN, FakeSecrets.GOOGLE_KEY, FakeSecrets.STRIPE_KEY, FakeSecrets.JWT,
                        FakeSecrets.PASSWORD);
    }
}
