package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The categories: their ids in report order, the look-up by id and the default weights. */
class CategoryTest {

    @Test
    void idsAreLowerCaseInReportOrder() {
        assertThat(Category.ids()).containsExactly("architecture", "modularity", "testing", "history", "context",
                "hygiene");
    }

    @Test
    void aCategoryIsFoundByItsExactId() {
        assertThat(Category.of("context")).contains(Category.CONTEXT);
        assertThat(Category.of("Context")).isEmpty();
        assertThat(Category.of("docs")).isEmpty();
    }

    @Test
    void defaultWeightsArePercentagesAndAConfiguredWeightWins() {
        assertThat(Arrays.stream(Category.values()).mapToDouble(Category::defaultWeight).sum()).isEqualTo(100.0);
        assertThat(Category.TESTING.weight(Map.of("testing", 2.5))).isEqualTo(2.5);
        assertThat(Category.HYGIENE.weight(Map.of("testing", 2.5))).isEqualTo(10.0);
    }
}
