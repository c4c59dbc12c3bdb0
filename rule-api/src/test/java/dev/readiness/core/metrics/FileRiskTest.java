package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The fitted model, on values worked out by hand from its three constants. */
class FileRiskTest {

    @Test
    void aThousandLineFileChangedNineTimesHasTheOddsTheConstantsGive() {
        // log-odds = -6.522 + 0.751 ln(1001) + 0.686 ln(10) = -6.522 + 5.1885 + 1.5796 = 0.2460: a chance of 0.5612
        assertThat(FileRisk.of(1000, 9)).isCloseTo(0.5612, within(1e-4));
    }

    @Test
    void riskGrowsWithSizeAndWithChangesAndAnUnchangedTinyFileIsAlmostRiskFree() {
        assertThat(FileRisk.of(2000, 5)).isGreaterThan(FileRisk.of(1000, 5));
        assertThat(FileRisk.of(1000, 10)).isGreaterThan(FileRisk.of(1000, 5));
        // -6.522 + 0.751 ln(11) = -4.7212: about one chance in a hundred
        assertThat(FileRisk.of(10, 0)).isCloseTo(0.0088, within(1e-4));
    }

    @Test
    void negativeInputsCountAsNone() {
        assertThat(FileRisk.of(-5, -1)).isEqualTo(FileRisk.of(0, 0));
    }
}
