package dev.readiness.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRuleMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule help Markdown turned into the report's risk texts. */
class RuleHelpTextTest {

    private static final String HELP = """
            # Readme commands: say how to build

            ## Why it matters

            Agents guess
            the build.

            Second paragraph.

            ## How to fix

            - **Add** the commands,
              in a code block.
            - Keep `mvn <goal>` exact.

            ````markdown
            ## Development

            ```sh
            ./mvnw verify
            ```
            ````

            ## Source

            Nobody.
            """;

    private final RuleHelpText help = new RuleHelpText(HELP);

    @Test
    void aRulesTitleIsItsHelpsFirstHeadingOrItsSummary() {
        assertThat(TestRuleMetadata.rule("context/readme-commands").help(HELP).build().title())
                .isEqualTo("Readme commands: say how to build");
        assertThat(TestRuleMetadata.rule("context/readme-commands").summary("Say how to build.").help("no heading")
                .build().title()).isEqualTo("Say how to build.");
    }

    @Test
    void theFirstParagraphOfASectionJoinsItsLines() {
        assertThat(help.firstParagraph("Why")).contains("<p>Agents guess the build.</p>");
        assertThat(help.firstParagraph("Missing")).isEmpty();
    }

    @Test
    void aSectionKeepsListsEscapedCodeAndNestedFencesWhole() {
        assertThat(String.join("", help.sectionBlocks("How to fix"))).isEqualTo("<ul><li><strong>Add</strong> the commands, in a code block.</li>"
                + "<li>Keep <code>mvn &lt;goal&gt;</code> exact.</li></ul>"
                + "<pre>## Development\n\n```sh\n./mvnw verify\n```</pre>");
    }

    @Test
    void theWorkedExampleStartsAtTheLineIntroducingTheFirstCodeBlock() {
        assertThat(RuleHelpText.exampleStart(List.of("<p>Do this.</p>", "<p>Before:</p>", "<pre>x</pre>"))).isEqualTo(1);
        assertThat(RuleHelpText.exampleStart(List.of("<p>Do this.</p>", "<pre>x</pre>"))).isEqualTo(1);
        assertThat(RuleHelpText.exampleStart(List.of("<p>Do this.</p>", "<ul><li>a</li></ul>"))).isEqualTo(2);
        assertThat(help.sectionBlocks("How to fix")).hasSize(2);
    }

    @Test
    void markupInHelpIsEscapedBeforeEmphasisIsAdded() {
        assertThat(RuleHelpText.inline("<b>x</b> **y** [z](https://example.org)"))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; <strong>y</strong> z");
    }
}
