package dev.readiness.cli;

import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.config.ConfigException;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import dev.readiness.core.evidence.ExplicitReports;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.repo.ScanInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to analyse and how: the options {@code scan} and {@code explain} share (a picocli mixin). */
final class ScanInputOptions {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "What to scan (default: the current directory).")
    Path path;

    @Option(names = "--threads", paramLabel = "N",
            description = "Parser and history diff threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--history-since", paramLabel = "DATE",
            description = "Read the history back to this date only (yyyy-MM-dd, UTC; default: readiness.yml's "
                + "history.since, else all history).")
    String historySince;

    @Option(names = "--history-commits", paramLabel = "N",
            description = "Read at most the N newest commits (default: readiness.yml's history.commits, else all).")
    String historyCommits;

    @Option(names = "--all-parents",
            description = "Walk every parent of merge commits, not only the first (merges add no changes of their own).")
    boolean allParents;

    @Option(names = "--ref", paramLabel = "REF",
            description = "Read history from this branch, tag or commit instead of HEAD.")
    String ref;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The readiness.yml to use (default: readiness.yml at the top of the scanned "
                + "repository's work tree, or of the scanned directory, when it exists).")
    Path config;

    @Option(names = "--pit-report", paramLabel = "FILE",
            description = "A PIT mutations.xml to read (repeatable). Reports in target/pit-reports and "
                + "build/reports/pitest of every module are read without it; nothing is ever run to make one.")
    List<Path> pitReports = new ArrayList<>();

    @Option(names = "--jacoco-report", paramLabel = "FILE",
            description = "A JaCoCo XML report to read (repeatable). target/site/jacoco[-aggregate]/jacoco.xml "
                + "and build/reports/jacoco/test/jacocoTestReport.xml of every module are read without it.")
    List<Path> jacocoReports = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "DIR",
            description = "A directory of compiled classes to check the architecture on (repeatable). target/classes "
                + "and build/classes/java/main of every module are used without it; class files are read, never run.")
    List<Path> classDirectories = new ArrayList<>();

    @Option(names = "--unproven-rules", description = "Also run the rules whose findings were correct in less than "
            + MeasuredPrecision.BAR_PERCENT + " %% of those read on public repositories (off by default; 'readiness rules' marks them). Their "
            + "findings are notes and leave the score alone.")
    boolean unprovenRules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where per-file results are cached between scans (default: ~/.cache/readiness).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Analyse every file again; read and write no cache.")
    boolean noCache;

    /** The scan request these options describe, with its readiness.yml loaded (a broken file stops here). */
    ScanRequest request(RuleRegistry registry) throws UsageException, ScanInputException, ConfigException {
        int threadCount = threadCount(threads);
        HistoryOptions history = HistoryLimits.options(
                new HistoryLimits.Arguments(historySince, historyCommits, allParents, ref), threadCount);
        Path cacheDirectory = cacheDirectory(noCache, cacheDir);
        ReadinessConfig settings = ConfigSelection.load(config, path, registry.knownRules());
        if (unprovenRules) {
            settings = settings.enabling(registry.all().stream().map(RuleType::metadata)
                    .filter(rule -> !rule.scored()).map(RuleMetadata::id).toList());
        }
        return new ScanRequest(path, threadCount, cacheDirectory, history,
                new ExplicitReports(pitReports, jacocoReports)).withConfig(settings)
                .withClassDirectories(classDirectories);
    }

    /** {@code --threads}, else the number of processors; fewer than one is a usage error. */
    static int threadCount(Integer threads) throws UsageException {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new UsageException("--threads must be at least 1, was " + threadCount);
        }
        return threadCount;
    }

    /** Where the cache lives: none with {@code --no-cache}, {@code --cache-dir}, else the default directory. */
    static Path cacheDirectory(boolean noCache, Path cacheDir) {
        return noCache ? null : cacheDir != null ? cacheDir : CacheFiles.defaultDirectory();
    }
}
