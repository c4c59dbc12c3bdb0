package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PullRequestSuffixTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Fix the parser (#123)|Fix the parser",
            "Fix the parser (#14829) (#14835).|Fix the parser",
            "Fix the parser(#12)(#13) .|Fix the parser",
            "(#12)|''",
            "Fix (#12) in the parser|Fix (#12) in the parser",
            "Fix the parser.|Fix the parser.",
            "Fix the parser (#)|Fix the parser (#)",
            "Fix the parser (12)|Fix the parser (12)",
            "Fix the parser #12)|Fix the parser #12)",
            "Fix the parser. (#12)|Fix the parser."})
    void removesTheSuffixesWithTheirSpacesAndTheTrailingDots(String subject, String stripped) {
        assertThat(PullRequestSuffix.strip(subject)).isEqualTo(stripped);
    }

    @Test
    void tensOfThousandsOfSuffixesAreRemovedLikeOne() {
        assertThat(PullRequestSuffix.strip("Fix the parser" + " (#12)".repeat(50_000))).isEqualTo("Fix the parser");
    }
}
