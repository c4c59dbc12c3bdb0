package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI checks readiness.yml's rules against the rules on the classpath and shows each rule's options. */
class RuleSettingsCliTest {

    @TempDir
    Path repository;

    @Test
    void aMisspeltRuleIdStopsTheScanWithItsPlace() throws Exception {
        Files.writeString(repository.resolve("App.java"), "class App { }\n");
        Files.writeString(repository.resolve("readiness.yml"), "rules:\n  modularity/long-methods:\n    enabled: false\n");

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("readiness.yml:2:3: unknown rule 'modularity/long-methods' in rules")
                .contains("did you mean 'modularity/long-method'?");
    }

    @Test
    void aRuleLevelOverrideReachesTheReport() throws Exception {
        Files.writeString(repository.resolve("App.java"), "class App {\n  void run(int a, int b, int c, int d, int e) { }\n}\n");
        Files.writeString(repository.resolve("readiness.yml"),
                "rules:\n  modularity/too-many-parameters:\n    level: error\n    options: {methodThreshold: 4}\n");

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet", "--fail-on", "error");

        assertThat(run.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(run.out()).contains("modularity/too-many-parameters");
    }

    @Test
    void aRuleHelpListsItsOptions() {
        CliRun run = CliRun.of("rules", "modularity/too-many-parameters");

        assertThat(run.out()).contains("Options (readiness.yml: rules: modularity/too-many-parameters: options: ...):",
                "  methodThreshold = 4  (a whole number, 0 to 255): a method with more parameters than this is reported",
                "  constructorThreshold = 5  (a whole number, 0 to 255)");
    }
}
