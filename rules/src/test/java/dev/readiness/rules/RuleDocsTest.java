package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule reference (docs/rules.md) and docs/config.md's options table are generated from the rules' metadata;
 * this test fails when they differ from it. Run it with {@code -Dreadiness.updateDocs=true} to write them anew.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final String OPTIONS_BEGIN = "<!-- generated: rule options (RuleDocsTest) -->\n";
    private static final String OPTIONS_END = "<!-- end of generated rule options -->\n";
    private static final List<RuleMetadata> RULES = RuleRegistry.fromClasspath(RuleDocsTest.class.getClassLoader())
            .metadata();

    @Test
    void theRuleReferenceListsEveryRuleAsDeclared() throws IOException {
        Path file = DOCS.resolve("rules.md");

        String generated = RuleDocs.catalog(RULES);
        update(file, generated);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/rules.md is generated: run this test with -Dreadiness.updateDocs=true")
                .isEqualTo(generated);
        assertThat(generated).contains("| rule | level | precision | measured | judges | needs | what it reports |",
                "| `modularity/long-method` | ", " | production |  | ", "| `history/hotspot` |", "the commit history",
                "| `context/unreproducible-build` |", "a Maven or Gradle build file");
    }

    @Test
    void theConfigReferenceListsEveryRuleOptionAsDeclared() throws IOException {
        Path file = DOCS.resolve("config.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(OPTIONS_BEGIN);
        int end = text.indexOf(OPTIONS_END);
        assertThat(begin).as("the generated-table markers in docs/config.md").isNotNegative().isLessThan(end);

        String generated = RuleDocs.optionsTable(RULES);
        update(file, text.substring(0, begin + OPTIONS_BEGIN.length()) + generated + text.substring(end));

        assertThat(Files.readString(file, StandardCharsets.UTF_8).substring(begin + OPTIONS_BEGIN.length()))
                .as("docs/config.md's options table is generated: run this test with -Dreadiness.updateDocs=true")
                .startsWith(generated + OPTIONS_END);
        assertThat(generated).contains("| `modularity/too-many-parameters` | `constructorThreshold` | 5 | 0–255 |");
    }

    private static void update(Path file, String content) throws IOException {
        if (Boolean.getBoolean("readiness.updateDocs")) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }
}
