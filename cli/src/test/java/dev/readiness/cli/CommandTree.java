package dev.readiness.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The CLI's commands as picocli models them: readiness first, then its subcommands in help order. */
final class CommandTree {

    private CommandTree() {
    }

    /** {@code usageWidth}: the help width picocli lays the usage out to (55 to a terminal's width). */
    static List<CommandLine> all(int usageWidth) {
        PrintStream discarded = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine root = ReadinessMain.commandLine(new Streams(discarded, discarded, false))
                .setUsageHelpWidth(usageWidth);
        return Stream.concat(Stream.of(root), root.getSubcommands().values().stream()).toList();
    }
}
