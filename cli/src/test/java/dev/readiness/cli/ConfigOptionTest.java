package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readiness.yml: found at the repository root or named by --config, checked before the scan, named in reports. */
class ConfigOptionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LAYERS = """
            architecture:
              layers:
                - name: web
                  packages: ["..web.."]
                - name: service
                  packages: ["..service.."]
                  mayOnlyBeAccessedBy: [web]
            """;

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void repositoryWithAModule() {
        repository = temp.resolve("repo");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(
                    "services/api/src/main/java/com/acme/web/Api.java", "package com.acme.web;\nclass Api { }\n",
                    "services/api/src/main/java/com/acme/service/Orders.java",
                    "package com.acme.service;\nclass Orders { }\n"), "Add the API");
        }
    }

    @Test
    void theRepositoryRootsReadinessYmlIsUsedWhenASubdirectoryIsScanned() throws IOException {
        Files.writeString(repository.resolve("readiness.yml"), LAYERS);

        CliRun json = CliRun.of("scan", repository.resolve("services/api").toString(), "--format", "json", "--quiet",
                "--no-cache");
        CliRun text = CliRun.of("scan", repository.resolve("services/api").toString(), "--quiet", "--no-cache");

        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(json.out()).get("config").asText()).isEqualTo("readiness.yml");
        assertThat(text.out()).contains("\nConfiguration: readiness.yml\n");
    }

    @Test
    void aScannedSubprojectsOwnReadinessYmlWinsOverTheRepositoryRootsOne() throws IOException {
        Files.writeString(repository.resolve("readiness.yml"), "architecture:\n  layers: nonsense\n");
        Files.writeString(repository.resolve("services/api/readiness.yml"), LAYERS);

        CliRun run = CliRun.of("scan", repository.resolve("services/api").toString(), "--format", "json", "--quiet",
                "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(run.out()).get("config").asText()).isEqualTo("services/api/readiness.yml");
    }

    @Test
    void withoutReadinessYmlTheReportsSayNoneWasUsed() throws IOException {
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--quiet", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(run.out()).get("config").isNull()).isTrue();
    }

    @Test
    void configNamesAFileOutsideTheRepositoryAndSarifCarriesIt() throws IOException {
        Path file = Files.writeString(temp.resolve("team-readiness.yml"), LAYERS);

        CliRun run = CliRun.of("scan", repository.toString(), "--config", file.toString(), "--format", "sarif",
                "--quiet", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode properties = MAPPER.readTree(run.out()).at("/runs/0/properties");
        assertThat(properties.get("readinessConfig").asText()).isEqualTo(file.toString());
    }

    @Test
    void configInsideTheRepositoryIsNamedRelativeToItsRoot() throws IOException {
        Files.createDirectories(repository.resolve("ci"));
        Path file = Files.writeString(repository.resolve("ci/readiness.yml"), LAYERS);

        CliRun run = CliRun.of("scan", repository.resolve("services").toString(), "--config", file.toString(),
                "--format", "json", "--quiet", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(run.out()).get("config").asText()).isEqualTo("ci/readiness.yml");
    }

    @Test
    void aPlainDirectoryUsesItsOwnReadinessYml() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain/src"));
        Files.writeString(plain.resolve("App.java"), "class App { }\n");
        Files.writeString(temp.resolve("plain/readiness.yml"), "");

        CliRun run = CliRun.of("scan", temp.resolve("plain").toString(), "--format", "json", "--quiet", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(run.out()).get("config").asText()).isEqualTo("readiness.yml");
    }

    @Test
    void aBrokenReadinessYmlStopsTheScanWithFileLineAndColumn() throws IOException {
        Path file = Files.writeString(repository.resolve("readiness.yml"), LAYERS + "      mayNotAccess: [persistence]\n");

        CliRun run = CliRun.of("scan", repository.resolve("services/api").toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: " + file + ":8:22: architecture.layers[1].mayNotAccess names "
                + "undefined layer 'persistence' (defined: web, service)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aYamlSyntaxErrorInAConfigFileIsAUsageErrorWithoutStackTrace() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.yml"), "architecture:\n  layers: [web\n");

        CliRun run = CliRun.of("scan", repository.toString(), "--config", file.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).startsWith("readiness: " + file + ":3:1: YAML syntax error: ")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Path missing = temp.resolve("missing.yml");

        CliRun run = CliRun.of("scan", repository.toString(), "--config", missing.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: " + missing + ": no such file\n");
    }

    @Test
    void aSymbolicLinkAsReadinessYmlIsNotFollowed() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.yml"), LAYERS);
        Path link = Files.createSymbolicLink(repository.resolve("readiness.yml"), outside);

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: " + link
                + ": is a symbolic link, not followed: name the file with --config to use it\n");
    }
}
