package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository too big for the heap ends the scan in one line naming the knob to turn, and exit 3: in a JVM of its
 * own with a heap far too small, so that the heap runs out on a parsing thread, whose pool hands the error back
 * wrapped.
 */
class OutOfMemoryTest {

    /** Small enough that parsing one class of a few thousand methods runs out, quickly: serial GC, no C2 compiler. */
    private static final List<String> TINY_HEAP = List.of("-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path temp;

    @Test
    void runningOutOfHeapIsOneLineSayingHowToRaiseItAndExitThree() {
        Path repository = temp.resolve("big");
        String methods = IntStream.range(0, 3_000).mapToObj(i -> "    int m" + i + "(int a) { return a + " + i + "; }\n")
                .collect(Collectors.joining());
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("src/main/java/com/example/Big.java",
                    "package com.example;\n\npublic class Big {\n" + methods + "}\n"), "Add a big class");
        }

        CliRun run = CliProcess.run(temp.resolve("process"), TINY_HEAP, "scan", repository.toString(), "--no-cache",
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ANALYSIS_FAILED);
        assertThat(run.err()).startsWith("readiness: not enough memory for this repository: raise "
                + "READINESS_JAVA_OPTS=-Xmx32m (java -Xmx32m -jar readiness.jar); this run had ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }
}
