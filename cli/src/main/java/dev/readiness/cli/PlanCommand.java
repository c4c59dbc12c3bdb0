package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.report.PlanText;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code readiness plan}: scan, then list the fixes that raise the readiness score the most, in order. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scans PATH like 'readiness scan' and prints a remediation plan: the 10 fixes that raise the readiness "
                + "score the most, in order.",
            "",
            "Each step fixes one rule's findings in one file (a checklist rule's everywhere); its gain is what the "
                + "score computes once it and the steps above it are done, so the gains add up. The effort is a rough "
                + "estimate from the lines each fix touches. The scan report's JSON has the same plan under 'plan'."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness plan .",
            "  readiness plan ~/src/shop --unproven-rules"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:plan printed", ExitCode.USAGE_ERROR_HELP, ExitCode.ANALYSIS_FAILED_HELP})
final class PlanCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ScanInputOptions input = new ScanInputOptions();

    PlanCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, AnalysisException {
        RuleRegistry registry = RuleRegistry.fromClasspath(PlanCommand.class.getClassLoader());
        try (Scan scan = new Analyzer(registry, ProgressListener.NONE).analyze(input.request(registry))) {
            PlanText.lines(scan.result()).forEach(streams.out()::println);
            return ExitCode.OK;
        }
    }
}
