package dev.readiness.cli;

import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.report.RoleText;
import dev.readiness.core.report.ScoreText;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness explain}: scan, then show how every input moved each category of the readiness score. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scans PATH like 'readiness scan' and explains its readiness score.",
            "",
            "For each category: the measured inputs, their values and how each one moved the score. The formulas "
                + "are in docs/scoring.md."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness explain .",
            "  readiness explain . --roles",
            "  readiness explain ~/src/shop --history-since 2024-01-01"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:score explained", ExitCode.USAGE_ERROR_HELP, ExitCode.ANALYSIS_FAILED_HELP})
final class ExplainCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ScanInputOptions input = new ScanInputOptions();

    @Option(names = "--roles", description = "Show the role of each source root (production, test, test-fixture, "
            + "generated, vendored, sample...) and how it was decided, instead of the score.")
    boolean roles;

    ExplainCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, AnalysisException {
        RuleRegistry registry = RuleRegistry.fromClasspath(ExplainCommand.class.getClassLoader());
        Analyzer analyzer = new Analyzer(registry, ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(input.request(registry))) {
            if (roles) {
                RoleText.lines(scan.result().metrics().fileRoles()).forEach(streams.out()::println);
            } else {
                ScoreText.explanation(scan.result().score()).forEach(streams.out()::println);
            }
            return ExitCode.OK;
        }
    }
}
