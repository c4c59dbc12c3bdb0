package dev.readiness.cli;

import dev.readiness.core.analysis.ToolInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readiness}: the top-level command; it only dispatches to subcommands. */
@Command(name = "readiness",
        mixinStandardHelpOptions = true,
        subcommands = {ScanCommand.class, ExplainCommand.class, PlanCommand.class, McpCommand.class, RulesCommand.class,
            InitCommand.class, BaselineCommand.class, BacktestCommand.class, PortfolioCommand.class, CacheCommand.class},
        usageHelpAutoWidth = true,
        versionProvider = ReadinessCommand.Version.class,
        description = {
            "Tells how safe a Java repository is to hand to AI coding agents.",
            "",
            "Reads the sources, build files and Git history; never builds, runs or writes to the repository."},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:done; for scan: analysis done, quality gate passed", ExitCode.GATE_FAILED_HELP,
            ExitCode.USAGE_ERROR_HELP, ExitCode.ANALYSIS_FAILED_HELP})
public final class ReadinessCommand implements Runnable {

    private final Streams streams;

    @Spec
    CommandSpec spec;

    ReadinessCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public void run() {
        spec.commandLine().usage(streams.out());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.VERSION};
        }
    }
}
