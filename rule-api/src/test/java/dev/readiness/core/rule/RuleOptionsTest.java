package dev.readiness.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.config.RuleOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleOptionsTest {

    private static final List<RuleOption> DECLARED = List.of(
            RuleOption.integer("threshold", 70, "lines above it are reported").between(1, 10000),
            RuleOption.decimal("share", 0.25, "the share of files counted"));

    @Test
    void readinessYmlValuesReplaceTheDefaultsAndUndeclaredNamesAreIgnored() {
        RuleOptions options = RuleOptions.of(DECLARED, Map.of("threshold", 75.0, "unknown", 3.0));

        assertThat(options.integer("threshold")).isEqualTo(75);
        assertThat(options.decimal("share")).isEqualTo(0.25);
        assertThat(options.values()).containsOnlyKeys("share", "threshold");
    }

    @Test
    void anUndeclaredOptionCannotBeRead() {
        RuleOptions options = RuleOptions.of(DECLARED, Map.of());

        assertThatThrownBy(() -> options.integer("limit")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option 'limit' is declared (declared: [share, threshold])");
    }
}
