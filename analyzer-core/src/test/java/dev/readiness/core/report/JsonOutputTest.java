package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
}
