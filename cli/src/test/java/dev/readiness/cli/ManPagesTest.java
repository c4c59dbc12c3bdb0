package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** The AsciiDoc man pages picocli-codegen generates from the commands while building (cli/pom.xml). */
class ManPagesTest {

    /** Set by Surefire to target/generated-docs, where the process-classes phase wrote them. */
    private static final Path DIRECTORY = Path.of(System.getProperty("readiness.manPages", "target/generated-docs"));

    @Test
    void everyCommandHasAManPageNamingEachOfItsOptionsAndExitCodes() {
        assertThat(CommandTree.all(80)).extracting(command -> command.getCommandSpec()).allSatisfy(spec -> {
            Path page = DIRECTORY.resolve(spec.qualifiedName("-") + ".adoc");
            assertThat(page).exists();
            String text = Files.readString(page);
            assertThat(text).contains(":doctype: manpage", "= " + spec.qualifiedName("-") + "(1)");
            assertThat(spec.options()).flatExtracting(option -> Arrays.asList(option.names()))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(text).contains("*" + name + "*"));
            assertThat(spec.usageMessage().exitCodeList().keySet())
                    .allSatisfy(code -> assertThat(text).contains("*" + code + "*::"));
        });
    }

    @Test
    void theTopPageLinksEveryCommandsPage() throws Exception {
        String top = Files.readString(DIRECTORY.resolve("readiness.adoc"));

        assertThat(CommandTree.all(80).subList(1, 11)).extracting(command -> command.getCommandSpec())
                .extracting(CommandSpec::name)
                .containsExactly("scan", "explain", "plan", "mcp", "rules", "init", "baseline", "backtest", "portfolio",
                        "cache")
                .allSatisfy(name -> assertThat(top).contains("xref:readiness-" + name + ".adoc[*" + name + "*]"));
    }
}
