package dev.readiness.cli;

import dev.readiness.core.baseline.BaselineFile;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness baseline}: scan and remember every active finding, so later scans gate only new ones. */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scans PATH and writes the stable fingerprints of all its findings (suppressed ones left out) to a "
                + "baseline file.",
            "",
            "'readiness scan --baseline FILE' then marks known findings 'unchanged' and fails the quality gate on "
                + "new ones only.",
            "",
            "Fingerprints survive code moving up or down and edits elsewhere in the file; editing the flagged "
                + "line itself makes a finding new."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness baseline ~/src/shop",
            "  readiness baseline . --output readiness-baseline.json",
            "  readiness scan . --baseline readiness-baseline.json --fail-on warning"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:baseline written", ExitCode.USAGE_ERROR_HELP, ExitCode.ANALYSIS_FAILED_HELP})
final class BaselineCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ScanInputOptions input = new ScanInputOptions();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the baseline (default: " + BaselineFile.DEFAULT_NAME + " in the current "
                + "directory, unless that lies inside the scanned repository: name it to write it there).")
    Path output;

    @Option(names = "--quiet", description = "No messages on standard error.")
    boolean quiet;

    BaselineCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, AnalysisException {
        Path target = target();
        RuleRegistry registry = RuleRegistry.fromClasspath(BaselineCommand.class.getClassLoader());
        ScanRequest request = input.request(registry);
        Analyzer analyzer = new Analyzer(registry, ProgressListener.NONE);
        int count;
        try (Scan scan = analyzer.analyze(request)) {
            var entries = BaselineFile.entriesOf(scan.result());
            write(target, BaselineFile.toBytes(entries));
            count = entries.size();
        }
        if (!quiet) {
            streams.err().println("Wrote a baseline of " + count + " finding(s) to " + target);
        }
        return ExitCode.OK;
    }

    private static void write(Path target, byte[] content) throws UsageException {
        try {
            Files.write(target, content);
        } catch (IOException e) {
            throw new UsageException("cannot write the baseline: " + OutputPlan.reason(e), e);
        }
    }

    /** The named file, or the default one unless that would land inside the scanned repository. */
    private Path target() throws UsageException, ScanInputException {
        if (output != null) {
            if (Files.isDirectory(output)) {
                throw new UsageException("--output " + output + " is a directory; name the baseline file");
            }
            return output;
        }
        Path fallback = Path.of(BaselineFile.DEFAULT_NAME).toAbsolutePath().normalize();
        Path root = RepositoryReader.rootDirectory(input.path).toAbsolutePath().normalize();
        if (fallback.startsWith(root)) {
            throw new UsageException("the default " + BaselineFile.DEFAULT_NAME + " would be written inside the"
                    + " scanned repository, which readiness never writes to on its own; name it with --output"
                    + " (e.g. --output " + BaselineFile.DEFAULT_NAME + " to commit it)");
        }
        return fallback;
    }
}
