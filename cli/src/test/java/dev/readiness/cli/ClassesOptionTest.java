package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --classes DIR}: named class directories are read; a missing one is a usage error. */
class ClassesOptionTest {

    @TempDir
    Path temp;

    @Test
    void aMissingClassesDirectoryIsAUsageError() throws IOException {
        Path missing = temp.resolve("nowhere/classes");

        CliRun run = CliRun.of("scan", repository().toString(), "--no-cache", "--quiet", "--classes", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--classes " + missing + ": no such directory").doesNotContain("\tat ");
    }

    @Test
    void namedCompiledClassesSwitchTheArchitectureAnalysisToBytecode() throws IOException {
        Path repo = repository();
        Path classes = compile(repo.resolve("src/main/java/shop/Order.java"), temp.resolve("out"));

        CliRun json = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--format", "json",
                "--classes", classes.toString());
        CliRun text = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--classes", classes.toString());
        CliRun sourceOnly = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--format", "sarif");

        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(new ObjectMapper().readTree(json.out()).get("architectureAnalysis").asText()).isEqualTo("bytecode");
        assertThat(text.out()).contains("Architecture rules checked the compiled classes (bytecode).");
        assertThat(new ObjectMapper().readTree(sourceOnly.out()).at("/runs/0/properties/architectureAnalysis").asText())
                .isEqualTo("source");
    }

    @Test
    void anUnreadableClassFileIsANotificationNotACrash() throws IOException {
        Path repo = repository();
        Path classes = compile(repo.resolve("src/main/java/shop/Order.java"), temp.resolve("out"));
        Files.write(classes.resolve("shop/Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 3});

        CliRun run = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--format", "json",
                "--classes", classes.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("notifications").findValuesAsText("id")).contains("bytecode-import-error");
        assertThat(report.get("architectureAnalysis").asText()).isEqualTo("bytecode");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    private Path repository() throws IOException {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("src/main/java/shop"));
        Files.writeString(repo.resolve("src/main/java/shop/Order.java"), """
                package shop;

                public class Order {
                    public String id() {
                        return "1";
                    }
                }
                """);
        return repo;
    }

    private static Path compile(Path source, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            assertThat(compiler.getTask(null, files, null, List.of("-d", classes.toString()), null,
                    files.getJavaFileObjectsFromPaths(List.of(source))).call()).isTrue();
        }
        return classes;
    }
}
