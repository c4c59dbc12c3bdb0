package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrimaryLocationLineHashTest {

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = PrimaryLocationLineHashTest.class.getResourceAsStream(
                "/sarif/primaryLocationLineHash-vectors.json")) {
            assertThat(in).as("test vectors on the classpath").isNotNull();
            JsonNode cases = new ObjectMapper().readTree(in).get("cases");
            List<Arguments> arguments = new ArrayList<>();
            for (JsonNode testCase : cases) {
                List<String> expected = new ArrayList<>();
                testCase.get("hashes").forEach(hash -> expected.add(hash.asText()));
                arguments.add(Arguments.of(testCase.get("input").asText(), expected));
            }
            return arguments.stream();
        }
    }

    @Test
    void everyVectorOfCodeqlActionIsLoaded() throws IOException {
        // Guards against the parameterized test silently running over fewer cases than the file holds.
        assertThat(vectors().count()).isEqualTo(9);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesCodeqlActionVectors(String input, List<String> expected) {
        assertThat(PrimaryLocationLineHash.hashes(input)).containsExactlyElementsOf(expected);
    }

    @Test
    void looksUpSingleLinesAndRejectsLinesOutOfRange() {
        PrimaryLocationLineHash hashes = PrimaryLocationLineHash.of("x = 2\nx = 1\nprint(x)\n");

        assertThat(hashes.all()).hasSize(4);
        assertThat(hashes.forLine(2)).contains(hashes.all().get(1));
        assertThat(hashes.forLine(0)).isEmpty();
        assertThat(hashes.forLine(5)).isEmpty();
    }

    @Test
    void ignoresIndentationButNotContent() {
        List<String> plain = PrimaryLocationLineHash.hashes("int a;\nint b;\n");
        List<String> indented = PrimaryLocationLineHash.hashes("\t  int a;\n    int b;\n");
        List<String> changed = PrimaryLocationLineHash.hashes("int a;\nint c;\n");

        assertThat(indented).isEqualTo(plain);
        assertThat(changed.get(0)).isNotEqualTo(plain.get(0));
    }

    @Test
    void longFilesGetOneHashPerLine() {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            content.append("line number ").append(i).append('\n');
        }
        List<String> hashes = PrimaryLocationLineHash.hashes(content.toString());

        assertThat(hashes).hasSize(501).doesNotHaveDuplicates();
    }
}
