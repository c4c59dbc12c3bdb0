package dev.readiness.cli;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.backtest.Backtest;
import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.OpenedScan;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.portfolio.ReportDirectory;
import dev.readiness.core.portfolio.ScanReport;
import dev.readiness.core.portfolio.TrendComparison;
import dev.readiness.core.report.GitHubContext;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
            "  readiness scan . --fail-under 60 --fail-on error",
            "  readiness scan . --baseline readiness-baseline.json --fail-on warning",
            // kept under 80 columns: picocli would wrap an example anywhere, even inside a file name
            "  readiness scan . --new-since origin/main --fail-on error \\",
            "      --format sarif --output readiness.sarif"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:analysis done, quality gate passed", ExitCode.GATE_FAILED_HELP, ExitCode.USAGE_ERROR_HELP,
            ExitCode.ANALYSIS_FAILED_HELP})
final class ScanCommand implements Callable<Integer> {

    /** The kind of cache file that keeps the last scan's reports. */
    static final String REPORT_CACHE = "reports";

    private final Streams streams;

    @Mixin
    ScanInputOptions input = new ScanInputOptions();

    @Option(names = "--format", split = ",", defaultValue = "text", paramLabel = "FORMAT",
            completionCandidates = ReportFormat.Names.class,
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR|FILE",
            description = "Where to write. One format: a file (or a directory to put readiness.<ext> in). "
                + "Several formats: a directory. Default: standard output (one format only).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding of this level or worse exists: error, warning or note.")
    String failOn;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exit 1 when the readiness score (0-100, as shown) is under SCORE.")
    String failUnder;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with a baseline written by 'readiness baseline': findings in it are "
                + "'unchanged', the rest 'new'; only new findings fail the quality gate.")
    Path baseline;

    @Option(names = "--new-since", paramLabel = "REF",
            description = "Pull request mode: the merge base of REF and HEAD is scanned too; only findings the branch "
                + "brought (not there at the merge base, or on lines it changed) are 'new' and fail the quality gate. "
                + "The reports add the score and each changed file's code health at the merge base and now.")
    String newSince;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "A JSON report of an earlier scan of this repository: every report then says how the score "
                + "and each category changed since, and which findings are new and which are gone.")
    Path compare;

    @Option(names = "--quiet", description = "No progress and no messages on standard error; reports only.")
    boolean quiet;

    @Option(names = "--sarif-all-notes", description = "Keep every note in the SARIF report. By default notes never "
            + "outnumber errors and warnings there (the JSON report always lists all findings).")
    boolean sarifAllNotes;

    @Option(names = "--max-findings-per-rule", paramLabel = "N", defaultValue = "1000",
            description = "List at most the first N findings of each rule in the reports, in report order (default: "
                + "${DEFAULT-VALUE}); a notification says how many more a rule has. The summaries, the score and the "
                + "quality gate count them all.")
    int maxFindingsPerRule = AnalysisResult.DEFAULT_FINDINGS_PER_RULE;

    @Option(names = "--track-record", description = "Also backtest the hotspot ranking ('readiness backtest' with "
            + "its defaults: ranked a year before HEAD, the defect fixes of the year since) and add its track record "
            + "to the text, JSON and HTML reports. Takes about as long again as the scan.")
    boolean trackRecord;

    @Option(names = "--timestamp", description = "Write the time of the scan into the reports. Without it they "
            + "carry only the date of the commit scanned, so the same commit gives the same bytes.")
    boolean timestamp;

    @Option(names = "--timings", description = "Print stage durations, cache hits and peak heap on standard error, "
            + "and add the stage durations to the JSON report (which then differs from run to run).")
    boolean timings;

    ScanCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, AnalysisException {
        QualityGate gate = new QualityGate(failOn == null ? null : parseLevel(failOn), QualityGate.parseScore(failUnder));
        if (maxFindingsPerRule < 1) {
            throw new UsageException("--max-findings-per-rule must be at least 1, was " + maxFindingsPerRule);
        }
        OutputPlan plan = OutputPlan.resolve(List.copyOf(new LinkedHashSet<>(formats)), output);
        PdfPrinter printer = formats.contains(ReportFormat.PDF) ? pdfPrinter() : null;
        ScanReport previous = compare == null ? null : previousReport();
        RuleRegistry registry = RuleRegistry.fromClasspath(ScanCommand.class.getClassLoader());
        ScanRequest request = input.request(registry);
        GateComparisons.Request comparison = BaselineSelection.request(baseline, newSince);
        return scan(registry, request, comparison, new Outcome(plan, gate, printer, previous));
    }

    /** Read before the scan, so a wrong file fails in milliseconds. */
    private ScanReport previousReport() throws UsageException {
        try {
            return ReportDirectory.readFile(compare);
        } catch (PortfolioException e) {
            throw new UsageException("--compare: " + e.getMessage(), e);
        }
    }

    /** Checked before the scan, so a missing browser fails in milliseconds. */
    private PdfPrinter pdfPrinter() throws UsageException {
        if (output == null) {
            throw new UsageException("--format pdf writes a file: give --output FILE.pdf or --output DIR");
        }
        return PdfPrinter.locate(System.getenv()).orElseThrow(() -> new UsageException(PdfPrinter.missingMessage()));
    }

    /** Where the reports go, what fails the run, for a PDF the browser that prints it, and a report to compare with. */
    private record Outcome(OutputPlan plan, QualityGate gate, PdfPrinter printer, ScanReport previous) {
    }

    private int scan(RuleRegistry registry, ScanRequest request, GateComparisons.Request comparison, Outcome outcome)
            throws UsageException, ScanInputException, AnalysisException {
        long start = System.nanoTime();
        TerminalProgress progress = streams.errIsTerminal() && !quiet ? new TerminalProgress(streams.err()) : null;
        Analyzer analyzer = new Analyzer(registry, progress == null ? ProgressListener.NONE : progress);
        try (OpenedScan opened = analyzer.open(request, comparison)) {
            Optional<Path> cacheFile = reportsReusable(comparison) ? opened.cacheFile(REPORT_CACHE) : Optional.empty();
            Optional<String> key = cacheFile.flatMap(file -> opened.inputsDigest()).map(this::reportKey);
            Optional<ReportCache.Entry> stored = key.flatMap(reportKey -> ReportCache.read(cacheFile.get(), reportKey));
            if (stored.isPresent()) {
                if (progress != null) {
                    progress.finish();
                }
                return reuse(outcome.plan(), stored.get());
            }
            try (Scan scan = analyzer.analyze(opened)) {
                if (progress != null) {
                    progress.finish();
                }
                Rendered rendered = render(request, analyzer, scan, outcome, start);
                if (key.isPresent()) {
                    ReportCache.write(cacheFile.get(), new ReportCache.Entry(key.get(), rendered.exitCode(),
                            rendered.gateMessages(), rendered.reports()));
                }
                return rendered.exitCode();
            }
        }
    }

    /** What a scan wrote: its reports, its exit code and what the quality gate said. */
    private record Rendered(Map<ReportFormat, byte[]> reports, int exitCode, String gateMessages) {
    }

    private Rendered render(ScanRequest request, Analyzer analyzer, Scan scan, Outcome outcome, long start)
            throws UsageException, ScanInputException, AnalysisException {
        OutputPlan plan = outcome.plan();
        if (!quiet) {
            scan.cacheProblems().forEach(problem -> streams.err().println("readiness: note: " + problem));
        }
        // listed before the comparison with an earlier report, which lists no more
        AnalysisResult listed = scan.result().listingAtMost(maxFindingsPerRule);
        AnalysisResult tracked = trackRecord
                ? listed.withTrackRecord(new Backtest(analyzer).trackRecord(request)) : listed;
        AnalysisResult compared = outcome.previous() == null ? tracked
                : tracked.withTrend(TrendComparison.of(outcome.previous(), tracked));
        AnalysisResult result = timestamp ? compared.withScannedAt(Instant.now()) : compared;
        long reportStart = System.nanoTime();
        Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : plan.formats()) {
            rendered.put(format, format == ReportFormat.PDF
                    ? outcome.printer().print(ReportRenderer.render(ReportFormat.HTML, result, false, false))
                    : ReportRenderer.render(format, result, timings, sarifAllNotes));
        }
        write(plan, rendered);
        long reportMillis = (System.nanoTime() - reportStart) / 1_000_000;
        if (timings) {
            Map<String, Long> stages = new LinkedHashMap<>(result.stageMillis());
            stages.put("reports", reportMillis);
            streams.err().println(RunStatistics.describe(stages, (System.nanoTime() - start) / 1_000_000)
                    + (input.noCache ? "; cache off"
                            : "; cache hits " + scan.cacheHits() + " of " + (scan.cacheHits() + scan.cacheMisses())));
        }
        ByteArrayOutputStream gateMessages = new ByteArrayOutputStream();
        int exitCode = outcome.gate().exitCode(scan.result(), // every finding, listed or not
                new PrintStream(gateMessages, true, StandardCharsets.UTF_8));
        String said = gateMessages.toString(StandardCharsets.UTF_8);
        streams.err().print(said);
        return new Rendered(rendered, exitCode, said);
    }

    /**
     * Whether an unchanged repository may be answered with the last scan's reports: not when the reports carry
     * what changes from run to run (durations, the time, a comparison with another file or ref, a backtest) or are
     * printed by a browser, and not with --no-cache.
     */
    private boolean reportsReusable(GateComparisons.Request comparison) {
        return !input.noCache && !timings && !timestamp && compare == null && !trackRecord
                && comparison.equals(GateComparisons.Request.NONE) && !formats.contains(ReportFormat.PDF);
    }

    /**
     * The key of this scan's reports: what the scan read (which covers every input option: the request is part of it)
     * and the options that shape reports from a result: formats, notes in SARIF, findings listed per rule, the quality
     * gate, and the GitHub context the Markdown report links to. Where they are written is not part of it.
     */
    private String reportKey(String inputsDigest) {
        return CacheFiles.sha256(String.join("\n", inputsDigest, new TreeSet<>(formats).toString(),
                "sarif-all-notes " + sarifAllNotes, "max-findings-per-rule " + maxFindingsPerRule,
                "fail-on " + failOn, "fail-under " + failUnder, String.valueOf(GitHubContext.from(System.getenv()))));
    }

    /** Writes the last scan's reports again and ends as it ended. */
    private int reuse(OutputPlan plan, ReportCache.Entry stored) throws UsageException {
        if (!quiet) {
            streams.err().println("readiness: nothing the scan reads changed since the last scan: its reports are "
                    + "written again (--no-cache analyses again)");
        }
        write(plan, stored.reports());
        streams.err().print(stored.gateMessages());
        return stored.exitCode();
    }

    /** Writes the reports where the plan says and, unless quiet, says where each went. */
    private void write(OutputPlan plan, Map<ReportFormat, byte[]> rendered) throws UsageException {
        try {
            plan.write(rendered, streams.out());
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + OutputPlan.reason(e) + " (no report was written)", e);
        }
        if (!quiet) {
            plan.files().forEach((format, file) -> streams.err().println("Wrote " + format.id() + " report to " + file));
        }
    }

    private static Level parseLevel(String text) throws UsageException {
        try {
            return Level.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }
}
