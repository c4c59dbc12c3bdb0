package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void stripsCommonMarkupButKeepsWordsAndCode() {
        String markdown = """
                # Long method

                A method with **too many** lines is *hard* to read; see [Refactoring](https://refactoring.com).

                > Quote

                ```java
                int MAX_SIZE = 1;
                ```
                """;

        assertThat(MarkdownText.plain(markdown)).isEqualTo("""
                Long method

                A method with too many lines is hard to read; see Refactoring (https://refactoring.com).

                Quote

                int MAX_SIZE = 1;
                """);
    }

    @Test
    void leavesUnderscoresInIdentifiersAndLoneAsterisksAlone() {
        assertThat(MarkdownText.plain("Use MAX_SIZE_LIMIT and a * b * c with `x_y`."))
                .isEqualTo("Use MAX_SIZE_LIMIT and a * b * c with x_y.\n");
    }
}
