package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.testing.FakeSecrets;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void writesInsertionOrderTwoSpaceIndentUnixNewlinesAndATrailingNewline() {
        ObjectNode root = JsonOutput.object();
        root.put("z", 1);
        root.putArray("a").add("é");
        root.putObject("empty");

        String text = new String(JsonOutput.toBytes(root), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\n  \"z\": 1,\n  \"a\": [\n    \"é\"\n  ],\n  \"empty\": {}\n}\n");
    }

    @Test
    void writesEveryTextAndNameWithItsSecretsMaskedAlsoWhereAnEscapeWouldHideThem() {
        ObjectNode root = JsonOutput.object();
        root.put("branch", FakeSecrets.GITHUB_TOKEN);
        root.putArray("paths").add("src/\n" + FakeSecrets.AWS_KEY_ID + ".java").add(7);
        root.putObject("byFile").put(FakeSecrets.AWS_KEY_ID + ".java", 3);

        String text = new String(JsonOutput.toBytes(root), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\n  \"branch\": \"ghp_\u2026(40 chars)\",\n  \"paths\": [\n"
                + "    \"src/\\nAKIA\u2026(20 chars).java\",\n    7\n  ],\n  \"byFile\": {\n"
                + "    \"AKIA\u2026(20 chars).java\": 3\n  }\n}\n");
    }
}
