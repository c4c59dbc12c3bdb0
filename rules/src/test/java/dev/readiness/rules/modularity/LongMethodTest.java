package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.config.RuleSettings;
import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongMethodTest {

    @TempDir
    Path work;

    @Test
    void reportsBodiesAboveSeventyLinesOfCode() {
        // the markers carry each body's name, its lines of code and the threshold
        List<Finding> findings = RuleSampleVerifier.forRule(LongMethod.class, work).verify("long-method");

        assertThat(findings).hasSize(5);
    }

    @Test
    void readinessYmlRaisesTheThreshold() {
        ReadinessConfig config = ReadinessConfig.EMPTY.withRule("modularity/long-method",
                new RuleSettings(true, null, Map.of("threshold", 75.0)));
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(LongMethod.class, work).withConfig(config);

        assertThat(verifier.scan(verifier.copy("long-method")).findings()).singleElement()
                .extracting(Finding::message).asString().startsWith("Method 'task' has 76 lines of code (threshold 75)");
    }
}
