package dev.readiness.cli;

import dev.readiness.cli.mcp.McpServe;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code readiness mcp}: serve one repository to coding agents over the Model Context Protocol (stdio). */
@Command(name = "mcp",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves PATH to AI coding agents as a Model Context Protocol server on standard input and output.",
            "",
            "Tools: readiness_summary, file_briefing (before editing a file), check_change (after editing: what the "
                + "change adds and removes against HEAD), explain_rule, list_findings; resources: the JSON report and "
                + "each rule's help. The work tree is scanned again when a file in it changes. The repository is only "
                + "read, as by 'readiness scan'. Register it with an MCP client as the command "
                + "'readiness mcp /path/to/repo' (README, 'Agents: the MCP server')."},
        footerHeading = "%nExamples:%n",
        footer = {"  readiness mcp .", "  readiness mcp ~/src/shop --unproven-rules"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:the client closed the connection", ExitCode.USAGE_ERROR_HELP, ExitCode.ANALYSIS_FAILED_HELP})
final class McpCommand implements Callable<Integer> {

    @Mixin
    ScanInputOptions input = new ScanInputOptions();

    McpCommand(Streams streams) {
        // the protocol owns standard output: nothing else may be written there
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, InterruptedException {
        RuleRegistry registry = RuleRegistry.fromClasspath(McpCommand.class.getClassLoader());
        McpServe.serve(registry, input.request(registry), System.in, System.out);
        return ExitCode.OK;
    }
}
