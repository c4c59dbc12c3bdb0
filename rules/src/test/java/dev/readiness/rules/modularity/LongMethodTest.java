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
        List<Finding> findings = RuleSampleVerifier.forRule(LongMethod.class, work).verify("long-method");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Method 'build' has 71 lines of code (threshold 70): extract cohesive steps into well-named methods "
                        + "so each part can be read, tested and changed on its own.",
                "Constructor 'ReportBuilder' has 71 lines of code (threshold 70): extract cohesive steps into "
                        + "well-named methods so each part can be read, tested and changed on its own.",
                "Method 'task' has 76 lines of code (threshold 70): extract cohesive steps into well-named methods "
                        + "so each part can be read, tested and changed on its own.");
    }

    @Test
    void readinessYmlRaisesTheThreshold() {
        ReadinessConfig config = new ReadinessConfig("readiness.yml", null, null, Map.of("modularity/long-method",
                new RuleSettings(true, null, Map.of("threshold", 75.0))), null, null);
        RuleSampleVerifier verifier = RuleSampleVerifier.forRule(LongMethod.class, work).withConfig(config);

        assertThat(verifier.scan(verifier.copy("long-method")).findings()).extracting(Finding::message)
                .containsExactly("Method 'task' has 76 lines of code (threshold 75): extract cohesive steps into "
                        + "well-named methods so each part can be read, tested and changed on its own.");
    }
}
