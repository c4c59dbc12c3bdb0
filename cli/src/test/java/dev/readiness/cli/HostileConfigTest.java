package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A readiness.yml is the scanned repository's, so it may be made to hurt: numbers that break the score's arithmetic,
 * an alias bomb, tags naming Java classes. Each is a configuration error in one line, with its place, and exit 2.
 */
class HostileConfigTest {

    @TempDir
    Path temp;

    /** Nine lists of nine times the one before: a billion "lol"s, were aliases expanded. */
    private static String aliasBomb() {
        return "lol: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + IntStream.rangeClosed(1, 9)
                .mapToObj(level -> "l" + level + ": &l" + level + " [" + ("*l" + (level - 1) + ", ").repeat(8) + "*l"
                        + (level - 1) + "]\n")
                .collect(Collectors.joining());
    }

    static Stream<Arguments> hostileConfigurations() {
        return Stream.of(
                Arguments.of("weights:\n  architecture: 5000\n",
                        "readiness.yml:2:17: weights.architecture must be between 0 and 1000, not 5000"),
                Arguments.of("weights:\n  testing: 1e308\n  hygiene: 1e308\n",
                        "readiness.yml:2:12: weights.testing must be between 0 and 1000, not 1e308"),
                Arguments.of("weights:\n  architecture: .nan\n",
                        "readiness.yml:2:17: weights.architecture must be a plain decimal number, not '.nan'"),
                Arguments.of("weights:\n  architecture: .inf\n",
                        "readiness.yml:2:17: weights.architecture must be a plain decimal number, not '.inf'"),
                Arguments.of(aliasBomb(), "readiness.yml:2:10: YAML aliases (*l0) are not supported: repeat the value"),
                Arguments.of("architecture: !!java.lang.ProcessBuilder {}\n",
                        "readiness.yml:1:15: YAML tags (!!java.lang.ProcessBuilder) are not supported: write the "
                                + "plain value"),
                Arguments.of("architecture:\n  layers:\n    - name: !!javax.script.ScriptEngineManager web\n",
                        "readiness.yml:3:13: YAML tags (!!javax.script.ScriptEngineManager) are not supported: "
                                + "write the plain value"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostileConfigurations")
    void aHostileReadinessYmlIsAConfigurationErrorInOneLineWithItsPlace(String yaml, String problem) {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("readiness.yml", yaml,
                    "src/main/java/com/example/Shop.java", "package com.example;\n\npublic class Shop {\n}\n"),
                    "Add the shop");
        }

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: " + repository + "/" + problem + "\n");
        assertThat(run.out()).isEmpty();
    }
}
