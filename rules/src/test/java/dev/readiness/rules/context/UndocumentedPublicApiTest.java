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
        // the markers carry what each type lacks: Javadoc on the type, on which public methods
        List<Finding> findings = RuleSampleVerifier.forRule(UndocumentedPublicApi.class, work)
                .verify("undocumented-public-api");

        assertThat(findings).hasSize(6);
        assertThat(findings.get(4).location().enclosingSymbol()).isEqualTo("com.example.api.PaymentGateway");
    }
}
