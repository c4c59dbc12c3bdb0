package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness init} writes a starter readiness.yml that loads, names the layers found and never overwrites. */
class InitCommandTest {

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void cleanLibraryWithoutItsReadinessYml() throws Exception {
        repository = SampleRepository.materialize("clean-library", temp.resolve("clean-library"));
        Files.delete(repository.resolve(ConfigLoader.FILE_NAME));
    }

    @Test
    void writesALoadableFileWithTheDetectedLayersAtTheRepositoryRoot() throws Exception {
        CliRun run = CliRun.of("init", repository.resolve("src/main").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Path written = repository.resolve(ConfigLoader.FILE_NAME);
        assertThat(run.out()).startsWith("Wrote " + written + ":").contains(Files.readString(written));
        ReadinessConfig config = ConfigLoader.load(written, repository,
                RuleRegistry.fromClasspath(getClass().getClassLoader()).knownRules());
        assertThat(config.architecture().layers()).extracting(Layer::name, Layer::packages, Layer::mayNotBeAccessedBy)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("web", List.of("com.example.library.web.."),
                                List.of("service", "persistence", "domain")),
                        org.assertj.core.api.Assertions.tuple("service", List.of("com.example.library.service.."),
                                List.of("persistence", "domain")),
                        org.assertj.core.api.Assertions.tuple("persistence",
                                List.of("com.example.library.repository.."), List.of("domain")),
                        org.assertj.core.api.Assertions.tuple("domain", List.of("com.example.library.domain.."), null));
        assertThat(config.weights()).isEmpty();
        assertThat(config.rules()).isEmpty();
    }

    @Test
    void scanningWithTheWrittenFileReportsNoArchitectureProblemOnACleanLayeredSample() throws Exception {
        assertThat(CliRun.of("init", repository.toString()).exitCode()).isEqualTo(ExitCode.OK);

        CliRun scan = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(scan.out());
        assertThat(report.get("config").asText()).isEqualTo("readiness.yml");
        assertThat(report.get("findings")).extracting(finding -> finding.get("ruleId").asText())
                .noneMatch(ruleId -> ruleId.startsWith("architecture/"));
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path existing = Files.writeString(repository.resolve(ConfigLoader.FILE_NAME), "# mine\n");

        CliRun run = CliRun.of("init", repository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: " + existing + " already exists; not overwritten (edit it, "
                + "remove it or name another file with --output)" + System.lineSeparator());
        assertThat(Files.readString(existing)).isEqualTo("# mine\n");
    }

    @Test
    void writesToTheOutputFileInsteadWhenNamed() throws Exception {
        Path output = temp.resolve("elsewhere.yml");

        CliRun run = CliRun.of("init", repository.toString(), "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(ConfigLoader.load(output).architecture().layers()).hasSize(4);
        assertThat(repository.resolve(ConfigLoader.FILE_NAME)).doesNotExist();
    }

    @Test
    void aDirectoryWithoutRecognisedLayersGetsTheArchitectureExampleCommentedOut() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("App.java"), "class App { }\n");

        assertThat(CliRun.of("init", plain.toString()).exitCode()).isEqualTo(ExitCode.OK);

        String written = Files.readString(plain.resolve(ConfigLoader.FILE_NAME));
        assertThat(written).contains("# No layers were recognised.").doesNotContain("\narchitecture:");
        assertThat(ConfigLoader.load(plain.resolve(ConfigLoader.FILE_NAME)).architecture().layers()).isEmpty();
    }
}
