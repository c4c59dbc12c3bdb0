package dev.readiness.cli;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.evidence.ExplicitReports;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness scan}: analyse a repository and write the reports. */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scans PATH (a Git repository, a directory inside one, or a plain directory) and reports what "
                + "makes it risky to hand to AI coding agents.",
            "",
            "The repository is only read: nothing is built, run or written inside it. Per-file results are "
                + "cached outside it, so a rescan only analyses what changed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness scan .",
            "  readiness scan ~/src/shop --format sarif --output readiness.sarif",
            "  readiness scan . --format sarif,json --output build/readiness --fail-on error",
            "  readiness scan . --history-since 2024-01-01",
            "  readiness scan services/api --config ci/readiness.yml",
            "  readiness scan . --baseline readiness-baseline.json --fail-on warning",
            "  readiness scan . --new-since origin/main --format sarif --output readiness.sarif --fail-on error",
            "",
            "Exit codes: 0 ok, 1 quality gate failed, 2 usage, input or readiness.yml error,",
            "            3 analysis failed."})
final class ScanCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "What to scan (default: the current directory).")
    Path path;

    @Option(names = "--format", split = ",", defaultValue = "text", paramLabel = "FORMAT",
            completionCandidates = ReportFormat.Names.class,
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR|FILE",
            description = {"Where to write. One format: a file (or a directory to put readiness.<ext> in).",
                "Several formats: a directory. Default: standard output (one format only)."})
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Parser and history diff threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--history-since", paramLabel = "DATE",
            description = "Read the history back to this date only (yyyy-MM-dd, UTC; default: all history).")
    String historySince;

    @Option(names = "--history-commits", paramLabel = "N",
            description = "Read at most the N newest commits of the history (default: all).")
    String historyCommits;

    @Option(names = "--all-parents",
            description = "Walk every parent of merge commits, not only the first (merges add no changes of their own).")
    boolean allParents;

    @Option(names = "--ref", paramLabel = "REF",
            description = "Read history from this branch, tag or commit instead of HEAD.")
    String ref;

    @Option(names = "--config", paramLabel = "FILE",
            description = {"The readiness.yml to use (default: readiness.yml at the top of the scanned",
                "repository's work tree, or of the scanned directory, when it exists)."})
    Path config;

    @Option(names = "--pit-report", paramLabel = "FILE",
            description = {"A PIT mutations.xml to read (repeatable). Reports in target/pit-reports and",
                "build/reports/pitest of every module are read without it; nothing is ever run to make one."})
    List<Path> pitReports = new ArrayList<>();

    @Option(names = "--jacoco-report", paramLabel = "FILE",
            description = {"A JaCoCo XML report to read (repeatable). target/site/jacoco[-aggregate]/jacoco.xml",
                "and build/reports/jacoco/test/jacocoTestReport.xml of every module are read without it."})
    List<Path> jacocoReports = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "DIR",
            description = {"A directory of compiled classes to check the architecture on (repeatable). target/classes",
                "and build/classes/java/main of every module are used without it; class files are read, never run."})
    List<Path> classDirectories = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding of this level or worse exists: error, warning or note.")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = {"Compare with a baseline written by 'readiness baseline': findings in it are",
                "'unchanged', the rest 'new'; only new findings fail the quality gate."})
    Path baseline;

    @Option(names = "--new-since", paramLabel = "REF",
            description = {"Pull request mode: only findings on lines changed since the merge base of REF and",
                "HEAD (or in a changed file, for repository-level rules) are 'new' and fail the quality gate."})
    String newSince;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where per-file results are cached between scans (default: ~/.cache/readiness).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Analyse every file again; read and write no cache.")
    boolean noCache;

    @Option(names = "--quiet", description = "No progress and no messages on standard error; reports only.")
    boolean quiet;

    @Option(names = "--timings", description = "Print stage durations, cache hits and peak heap on standard error.")
    boolean timings;

    ScanCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        try {
            Level gate = failOn == null ? null : parseLevel(failOn);
            int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (threadCount < 1) {
                throw new UsageException("--threads must be at least 1, was " + threadCount);
            }
            OutputPlan plan = OutputPlan.resolve(List.copyOf(new LinkedHashSet<>(formats)), output);
            HistoryOptions history = HistoryLimits.options(
                    new HistoryLimits.Arguments(historySince, historyCommits, allParents, ref), threadCount);
            Path cacheDirectory = noCache ? null : cacheDir != null ? cacheDir : CacheFiles.defaultDirectory();
            ReadinessConfig settings = ConfigSelection.load(config, path);
            GateComparisons.Request comparison = BaselineSelection.request(baseline, newSince);
            return scan(new ScanRequest(path, threadCount, cacheDirectory, history,
                    new ExplicitReports(pitReports, jacocoReports)).withConfig(settings)
                    .withClassDirectories(classDirectories), comparison, plan, gate);
        } catch (UsageException | ScanInputException | ConfigException e) {
            streams.err().println("readiness: " + e.getMessage());
            return ExitCode.USAGE_ERROR;
        } catch (AnalysisException e) {
            streams.err().println("readiness: analysis failed: " + e.getMessage());
            return ExitCode.ANALYSIS_FAILED;
        } catch (IOException e) {
            streams.err().println("readiness: cannot write the report: " + e.getMessage()
                    + " (no report was written)");
            return ExitCode.USAGE_ERROR;
        }
    }

    private int scan(ScanRequest request, GateComparisons.Request comparison, OutputPlan plan, Level gate)
            throws ScanInputException, AnalysisException, IOException {
        long start = System.nanoTime();
        TerminalProgress progress = streams.errIsTerminal() && !quiet ? new TerminalProgress(streams.err()) : null;
        Analyzer analyzer = new Analyzer(RuleRegistry.fromClasspath(ScanCommand.class.getClassLoader()),
                progress == null ? ProgressListener.NONE : progress);
        try (Scan scan = analyzer.analyze(request, comparison)) {
            if (progress != null) {
                progress.finish();
            }
            AnalysisResult result = scan.result();
            long reportStart = System.nanoTime();
            Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);
            for (ReportFormat format : plan.formats()) {
                rendered.put(format, ReportRenderer.render(format, result));
            }
            plan.write(rendered, streams.out());
            long reportMillis = (System.nanoTime() - reportStart) / 1_000_000;
            if (!quiet) {
                plan.files().forEach((format, file) ->
                        streams.err().println("Wrote " + format.id() + " report to " + file));
            }
            if (timings) {
                Map<String, Long> stages = new LinkedHashMap<>(result.stageMillis());
                stages.put("reports", reportMillis);
                streams.err().println(RunStatistics.describe(stages, (System.nanoTime() - start) / 1_000_000)
                        + (noCache ? "; cache off"
                                : "; cache hits " + scan.cacheHits() + " of " + (scan.cacheHits() + scan.cacheMisses())));
            }
            return gateExitCode(result, gate);
        }
    }

    private int gateExitCode(AnalysisResult result, Level gate) {
        if (gate == null) {
            return ExitCode.OK;
        }
        // Suppressed findings never gate; with a baseline or --new-since only new ones do.
        long failing = result.gatingFindings().stream().filter(finding -> finding.level().isAtLeast(gate)).count();
        if (failing == 0) {
            return ExitCode.OK;
        }
        streams.err().println("readiness: quality gate failed: " + failing + (result.comparison().isActive()
                ? " new" : "") + " finding(s) at level " + gate.id() + " or worse (--fail-on " + gate.id() + ")");
        return ExitCode.QUALITY_GATE_FAILED;
    }

    private static Level parseLevel(String text) throws UsageException {
        try {
            return Level.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }
}
