package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndocumentedPublicApiTest {

    @TempDir
    Path work;

    @Test
    void reportsInterfacesAbstractClassesAndCrossPackageTypesOncePerType() {
        List<Finding> findings = RuleSampleVerifier.forRule(UndocumentedPublicApi.class, work)
                .verify("undocumented-public-api");

        String advice = ": say what it is for, what it expects and returns, and what it throws, so agents use it "
                + "by contract instead of by guess.";
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Public abstract class 'AbstractHandler' has no Javadoc on public methods handle(String), reset()"
                        + advice,
                "Public interface 'PaymentGateway' has no Javadoc on the type and no Javadoc on public method "
                        + "balance(String)" + advice,
                "Public class 'Money' (used from 1 other package) has no Javadoc on the type and no Javadoc on "
                        + "public method plus(Money)" + advice);
        assertThat(findings.get(1).location().enclosingSymbol()).isEqualTo("com.example.api.PaymentGateway");
    }
}
