package dev.readiness.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ForbiddenDependency;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForbiddenDependencyRuleTest {

    static final List<ForbiddenDependency> FORBIDDEN = List.of(
            new ForbiddenDependency(List.of("..web.."), List.of("java.sql.."), "the web layer reads through services"),
            new ForbiddenDependency(List.of("shop.domain.."), List.of("shop.web.."), null));

    @TempDir
    Path work;

    @Test
    void reportsJdkAndInternalPackagesWithTheReasonButNotJavaxSqlOtherPackagesOrTestCode() {
        List<Finding> findings = RuleSampleVerifier.forRule(ForbiddenDependencyRule.class, work)
                .withConfig(new ReadinessConfig("", new ArchitectureConfig(List.of(), FORBIDDEN)))
                .verify("forbidden-dependency");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Forbidden dependency from shop.domain.. to shop.web..: shop.domain.Invoice uses "
                        + "shop.web.ReportController.",
                "Forbidden dependency from ..web.. to java.sql..: shop.web.ReportController uses java.sql.Connection. "
                        + "Reason: the web layer reads through services",
                "Forbidden dependency from ..web.. to java.sql..: shop.web.ReportController uses "
                        + "java.sql.SQLException. Reason: the web layer reads through services");
    }
}
