package dev.readiness.cli;

import dev.readiness.core.backtest.Backtest;
import dev.readiness.core.backtest.BacktestHtmlWriter;
import dev.readiness.core.backtest.BacktestJson;
import dev.readiness.core.backtest.BacktestResult;
import dev.readiness.core.backtest.BacktestText;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness backtest}: would our ranking a year ago have pointed at the files that needed fixes since? */
@Command(name = "backtest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Checks whether the hotspot ranking made a year ago pointed at the files that needed fixes since.",
            "",
            "Ranks the files of PATH as a scan at T0 would have (the tree of T0 read from Git objects, never checked "
                + "out), counts the defect-fix commits of the window after T0 per file (renames followed) and measures "
                + "how well the hotspot ranking and the naive ones (size, change count, code health, random) foretold "
                + "them: ROC AUC, effort-aware recall (fixes found reading the first fifth of the lines), the top 10 "
                + "files' and the top tenth's share of the fixes, and fixes per 1,000 lines by code-health band.",
            "",
            "Nothing is written into the repository and nothing of it is run."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness backtest .",
            "  readiness backtest ~/src/shop --at 2025-06-01 --window 6.months",
            "  readiness backtest . --fix-pattern '(?i)\\b(fix|bug)\\b|JIRA-\\d+' --format json --output backtest.json"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:backtest written", ExitCode.USAGE_ERROR_HELP
                + "; also a shallow clone, a T0 before the first commit, no fix after T0", ExitCode.ANALYSIS_FAILED_HELP})
final class BacktestCommand implements Callable<Integer> {

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,4})\\.(days?|weeks?|months?|years?)");

    private final Streams streams;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "The repository (default: the current directory).")
    Path path;

    @Option(names = "--at", paramLabel = "DATE|REF",
            description = "T0: a date (yyyy-MM-dd, UTC; the last main-line commit of that day or before) or a commit, "
                + "branch or tag on HEAD's first-parent line (default: the window's length before HEAD's commit).")
    String at;

    @Option(names = "--window", paramLabel = "N.UNIT", defaultValue = "12.months",
            description = "How long after T0 fixes are counted: N.days, N.weeks, N.months or N.years "
                + "(default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--fix-pattern", paramLabel = "REGEX",
            description = "A commit whose message matches this Java regular expression is a fix (merges and mechanical "
                + "sweeps never are). Default: the defect-fix definition the history rules use.")
    String fixPattern;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Parser and history diff threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The readiness.yml to use (default: the one at the top of the work tree, when it exists).")
    Path config;

    @Option(names = "--no-cache", description = "Analyse every file again; read and write no cache.")
    boolean noCache;

    BacktestCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, ConfigException, AnalysisException, IOException {
        ReportFormat chosen = format(format);
        Period windowLength = window(window);
        Pattern fixes = fixPattern(fixPattern);
        int threadCount = ScanInputOptions.threadCount(threads);
        OutputPlan plan = OutputPlan.resolve(List.of(chosen), output);
        RuleRegistry registry = RuleRegistry.fromClasspath(BacktestCommand.class.getClassLoader());
        ReadinessConfig settings = ConfigSelection.load(config, path, registry.knownRules());
        ScanRequest request = new ScanRequest(path, threadCount, ScanInputOptions.cacheDirectory(noCache, null),
                HistoryOptions.defaults(threadCount)).withConfig(settings);
        BacktestResult result = new Backtest(new Analyzer(registry, ProgressListener.NONE))
                .run(request, at, windowLength, fixes);
        byte[] rendered = switch (chosen) {
            case JSON -> BacktestJson.write(result);
            case HTML -> new BacktestHtmlWriter().toBytes(result);
            default -> (String.join("\n", BacktestText.lines(result)) + "\n").getBytes(StandardCharsets.UTF_8);
        };
        plan.write(Map.of(chosen, rendered), streams.out());
        return ExitCode.OK;
    }

    private static ReportFormat format(String text) throws UsageException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> ReportFormat.TEXT;
            case "json" -> ReportFormat.JSON;
            case "html" -> ReportFormat.HTML;
            default -> throw new UsageException("--format " + text + ": backtest writes text, json or html");
        };
    }

    static Period window(String text) throws UsageException {
        Matcher matcher = WINDOW.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
            throw new UsageException("--window " + text + ": give a length such as 12.months, 26.weeks, 90.days "
                    + "or 2.years");
        }
        int amount = Integer.parseInt(matcher.group(1));
        return switch (matcher.group(2).charAt(0)) {
            case 'd' -> Period.ofDays(amount);
            case 'w' -> Period.ofWeeks(amount);
            case 'm' -> Period.ofMonths(amount);
            default -> Period.ofYears(amount);
        };
    }

    private static Pattern fixPattern(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new UsageException("--fix-pattern is not a valid regular expression: " + e.getDescription());
        }
    }
}
