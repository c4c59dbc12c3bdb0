package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFileTest {

    @TempDir
    Path work;

    private static final String PLAIN_HEADER = "package com.example;\n\n// comment lines and blank lines do not count\n";
    private static final String MARKER = " // expect: modularity/large-file \"File has 1,001 lines of code, over the "
            + "1,000-line tier\"\n";

    /** A class of {@code fields} one-line fields after {@code header}: lines of code = header code + fields + 2. */
    private static void writeClass(Path file, String header, int fields) throws IOException {
        Files.createDirectories(file.getParent());
        String body = IntStream.rangeClosed(1, fields).mapToObj(i -> "    int f" + i + " = " + i + ";\n")
                .collect(Collectors.joining());
        Files.writeString(file, header + body + "}\n");
    }

    /** 1,001, 1,000 and 1,001 lines of code in production, 1,103 in a test; generated, not kept as resources. */
    private Path largeFileSample() throws IOException {
        Path sources = work.resolve("large-file/src/main/java/com/example");
        writeClass(sources.resolve("Big.java"),
                PLAIN_HEADER + "public class Big {" + MARKER, 998);
        writeClass(sources.resolve("JustBelow.java"), PLAIN_HEADER + "public class JustBelow {\n", 997);
        writeClass(sources.resolve("Named.java"), "package com.example;\nclass Helper {\n}\n"
                + "public class Named {" + MARKER, 996);
        writeClass(work.resolve("large-file/src/test/java/com/example/BigTest.java"),
                PLAIN_HEADER + "public class BigTest {\n", 1100);
        return work.resolve("large-file");
    }

    @Test
    void reportsProductionFilesAboveOneThousandLinesOfCode() throws IOException {
        // the markers carry the lines of code and the tier
        List<Finding> findings = RuleSampleVerifier.forRule(LargeFile.class, work).verifyDirectory(largeFileSample());

        assertThat(findings).hasSize(2);
    }

    @Test
    void tierIsTheHighestOneExceeded() {
        assertThat(List.of(1_000, 1_001, 5_000, 5_001, 10_000, 10_001).stream().map(LargeFile::tier))
                .containsExactly(0, 1_000, 1_000, 5_000, 5_000, 10_000);
    }
}
