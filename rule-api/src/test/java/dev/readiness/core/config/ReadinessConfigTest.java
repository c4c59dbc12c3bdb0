package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessConfigTest {

    @Test
    void withRuleSetsOneRuleAndKeepsEverythingElse() {
        RuleSettings raised = new RuleSettings(true, null, Map.of("threshold", 75.0));
        ReadinessConfig base = new ReadinessConfig("readiness.yml", ArchitectureConfig.NONE, Map.of("testing", 2.0))
                .withRule("modularity/deep-nesting", RuleSettings.DEFAULT);

        ReadinessConfig config = base.withRule("modularity/long-method", raised);

        assertThat(config.rule("modularity/long-method")).isEqualTo(raised);
        assertThat(config.rule("modularity/deep-nesting")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(config.rule("hygiene/broad-catch")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(config.weights()).containsExactly(Map.entry("testing", 2.0));
        assertThat(config.source()).isEqualTo("readiness.yml");
        assertThat(base.rules()).doesNotContainKey("modularity/long-method");
    }
}
