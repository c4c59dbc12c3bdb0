package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command as picocli lays it out at the narrowest width it allows, the default one (what a
 * pipe gets) and a wide terminal: nothing is cut off, only wrapped.
 */
class HelpTest {

    @ParameterizedTest
    @ValueSource(ints = {55, 80, 120})
    void everyOptionsWholeDescriptionIsInItsCommandsHelp(int width) {
        assertThat(CommandTree.all(width)).allSatisfy(command -> {
            String help = squeezed(command.getUsageMessage(Ansi.OFF));
            assertThat(command.getCommandSpec().args()).allSatisfy(argument ->
                    assertThat(help).contains(squeezed(String.join(" ", argument.description()))));
        });
    }

    @Test
    void everyOptionIsDescribedInOneParagraphThatPicocliWraps() {
        // several description lines would break where the source does, not where the terminal ends
        assertThat(CommandTree.all(80)).flatExtracting(command -> command.getCommandSpec().args())
                .allSatisfy(argument -> assertThat(argument.description()).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {55, 80, 120})
    void theUsageLineNamesEveryOption(int width) {
        assertThat(CommandTree.all(width)).allSatisfy(command -> {
            String synopsis = squeezed(command.getHelp().synopsis(0));
            // picocli's own -h and -V are clustered as [-hV]
            assertThat(command.getCommandSpec().options()).filteredOn(option -> !option.usageHelp() && !option.versionHelp())
                    .extracting(OptionSpec::longestName)
                    .allSatisfy(name -> assertThat(synopsis).contains("[" + name));
            assertThat(synopsis).contains("[-hV]");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {55, 80, 120})
    void everyCommandsDescriptionIsWholeAndNoLineIsWiderThanTheHelp(int width) {
        assertThat(CommandTree.all(width)).allSatisfy(command -> {
            String help = command.getUsageMessage(Ansi.OFF);
            assertThat(squeezed(help)).contains(squeezed(String.join(" ",
                    command.getCommandSpec().usageMessage().description())));
            assertThat(help.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(width));
        });
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        List<CommandLine> commands = CommandTree.all(80);
        String help = squeezed(commands.get(0).getUsageMessage(Ansi.OFF));

        assertThat(commands.subList(1, commands.size()))
                .extracting(command -> command.getCommandSpec().usageMessage().description()[0])
                .allSatisfy(summary -> assertThat(help).contains(squeezed(summary)))
                .allSatisfy(summary -> assertThat(summary).endsWith("."));
    }

    @Test
    void everyCommandListsTheExitCodesItCanEndWith() {
        assertThat(CommandTree.all(80))
                .extracting(command -> List.copyOf(command.getCommandSpec().usageMessage().exitCodeList().keySet()))
                .containsExactly(List.of("0", "1", "2", "3"), List.of("0", "1", "2", "3"), List.of("0", "2", "3"),
                        List.of("0", "2", "3"), List.of("0", "2", "3"), List.of("0", "2"), List.of("0", "2", "3"),
                        List.of("0", "2", "3"), List.of("0", "2", "3"), List.of("0", "2", "3"), List.of("0", "2"));
    }

    /**
     * Without any whitespace: picocli breaks lines where Java's line breaker allows it, also after a dot or a slash
     * inside a name (readiness.<newline>yml), and splits a name longer than the column; every character stays.
     */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
