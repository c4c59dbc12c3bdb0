package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.baseline.BaselineException;
import dev.readiness.core.baseline.ChangedLines;
import dev.readiness.core.baseline.GitChanges;
import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.baseline.Suppressions;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.cache.ContentCache;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.repo.GitState;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RuleType;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.score.ArchitectureMeasures;
import dev.readiness.core.score.HistoryMeasures;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.SuppressionMarker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/**
 * Runs one scan, one way: repository snapshot → parse + per-file rules → history → repository rules →
 * result.
 * The snapshot stays open inside the returned result's {@link dev.readiness.core.analysis.SourceTexts}
 * only through {@link Scan}, which the caller closes.
 */
public final class Analyzer {

    private final RuleRegistry registry;
    private final ProgressListener progress;

    public Analyzer(RuleRegistry registry, ProgressListener progress) {
        this.registry = registry;
        this.progress = progress;
    }

    /** Opens and analyses; the caller closes the returned scan once reports are written. */
    public Scan analyze(ScanRequest request) throws ScanInputException, AnalysisException {
        return analyze(request, GateComparisons.Request.NONE);
    }

    /**
     * Opens, analyses and marks each finding new or unchanged against a baseline and/or the lines changed
     * since a Git ref; a ref that cannot be compared against fails before anything is analysed.
     */
    public Scan analyze(ScanRequest request, GateComparisons.Request comparison)
            throws ScanInputException, AnalysisException {
        Map<String, Long> stageMillis = new LinkedHashMap<>();
        long start = System.nanoTime();
        RepositorySnapshot snapshot = RepositoryReader.open(request.path())
                .restrictedTo(request.config().paths().matcher());
        stageMillis.put("files", elapsedMillis(start));
        try {
            checkHistoryStart(snapshot, request);
            ChangedLines changedLines = changedLines(snapshot, comparison.newSinceRef());
            EvidenceStage.checkExplicit(request.reports());
            BytecodeStage.checkExplicit(request.classDirectories());
            List<ToolNotification> notifications = new ArrayList<>(snapshotNotifications(snapshot));
            start = System.nanoTime();
            Path cacheDirectory = cacheDirectory(snapshot, request, notifications);
            List<ActiveRule> rules = ActiveRule.of(registry.all(), request.config());
            String fingerprint = AnalyzerFingerprint.of(registry.all(),
                    rules.stream().map(ActiveRule::settingsKey).toList());
            ContentCache<FileAnalysis> cache = cacheDirectory == null ? ContentCache.disabled()
                    : ContentCache.open(CacheFiles.fileFor(cacheDirectory, "files", place(snapshot)), fingerprint,
                            FileAnalysis.class);
            stageMillis.put("cache", elapsedMillis(start));
            ScanState state = new ScanState(rules, cache, notifications, stageMillis, cacheDirectory, fingerprint);
            Analysis analysis = run(snapshot, request, state);
            AnalysisResult result = GateComparisons.compare(analysis.result(), comparison, changedLines,
                    registry.all().stream().filter(RuleType::isRepositoryWide).map(rule -> rule.metadata().id())
                            .collect(Collectors.toSet()));
            saveCache(cache);
            return new Scan(snapshot, result, analysis.models(), cache.hits(), cache.misses());
        } catch (ScanInputException | AnalysisException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /** What one scan accumulates besides findings, and where its caches live (null: no cache). */
    private record ScanState(List<ActiveRule> rules, ContentCache<FileAnalysis> cache, List<ToolNotification> notifications,
                             Map<String, Long> stageMillis, Path cacheDirectory, String fingerprint) {
    }

    /** The result of one run and the models it was computed from. */
    private record Analysis(AnalysisResult result, RepositoryContext models) {
    }

    private Analysis run(RepositorySnapshot snapshot, ScanRequest request, ScanState state)
            throws AnalysisException {
        List<ToolNotification> notifications = state.notifications();
        Map<String, Long> stageMillis = state.stageMillis();
        List<Finding> findings = new ArrayList<>();

        long start = System.nanoTime();
        List<RepoFile> javaFiles = snapshot.files().stream().filter(RepoFile::isJavaSource).toList();
        List<FileAnalysis> perFile = new JavaFileStage(ofKind(state.rules(), RuleType::isPerFile), request.threads(), progress,
                state.cache())
                .run(snapshot, javaFiles);
        List<FileFacts> facts = new ArrayList<>();
        for (FileAnalysis analysis : perFile) {
            analysis.parsedFacts().ifPresent(facts::add);
            findings.addAll(analysis.findings());
            notifications.addAll(analysis.notifications());
        }
        stageMillis.put("source", elapsedMillis(start));

        start = System.nanoTime();
        History history = new HistoryStage(progress, state.fingerprint())
                .run(snapshot, request, state.cacheDirectory(), notifications);
        stageMillis.put(HistoryStage.STAGE, elapsedMillis(start));

        start = System.nanoTime();
        TestEvidence evidence = EvidenceStage.load(snapshot, request.reports(), notifications);
        SnapshotContext context = new SnapshotContext(snapshot, new SourceFacts(facts), history, evidence,
                request.config());
        ArchitectureConfigCheck.check(request.config(), context.typeIndex(), notifications);
        BytecodeStage.load(snapshot, request.classDirectories(), context, notifications)
                .ifPresent(context::useBytecode);
        stageMillis.put(BytecodeStage.STAGE, elapsedMillis(start));

        start = System.nanoTime();
        findings.addAll(RepositoryRuleStage.run(ofKind(state.rules(), RuleType::isRepositoryWide), context, notifications));
        stageMillis.put("repository-rules", elapsedMillis(start));

        TestMetrics testMetrics = context.testModel().metrics().withEvidence(EvidenceSummary.of(context.testEvidence()));
        List<RuleMetadata> activeRules = state.rules().stream().map(ActiveRule::metadata).toList();
        Suppressions.Applied suppressed = new Suppressions(markersByPath(facts), context, registry.metadata().stream()
                .map(RuleMetadata::id).collect(Collectors.toSet())).apply(findings);
        notifications.addAll(suppressed.notifications());
        List<PackageCycles.Cycle> cycles = PackageCycles.of(context.dependencyGraph()
                .packageEdges(edge -> context.isProduction(edge.path())));
        ReadinessScore score = ReadinessScorer.score(new ScoreMeasures(context.codeHealth(), testMetrics,
                ArchitectureMeasures.of(context, cycles), HistoryMeasures.of(context, context.codeHealth()),
                activeRules, suppressed.findings().stream().filter(Finding::isActive).toList(),
                request.config().weights()));
        return new Analysis(AnalysisResult.builder(target(snapshot, request), score).rules(activeRules)
                .findings(suppressed.findings()).notifications(notifications).stageMillis(stageMillis)
                .measures(metrics(snapshot, perFile, context), testMetrics, context.codeHealth())
                .architectureAnalysis(context.bytecode().isPresent() ? AnalysisResult.BYTECODE : AnalysisResult.SOURCE)
                .sources(context).overview(OverviewStage.of(context, cycles)).build(), context);
    }

    private static List<ActiveRule> ofKind(List<ActiveRule> rules, java.util.function.Predicate<RuleType> kind) {
        return rules.stream().filter(rule -> kind.test(rule.type())).toList();
    }

    private static Map<String, List<SuppressionMarker>> markersByPath(List<FileFacts> facts) {
        Map<String, List<SuppressionMarker>> markers = new HashMap<>();
        facts.stream().filter(file -> !file.suppressions().isEmpty())
                .forEach(file -> markers.put(file.path(), file.suppressions()));
        return markers;
    }

    /** Null without a ref; a ref that does not resolve, or a directory that is no Git repository, is an input error. */
    private static ChangedLines changedLines(RepositorySnapshot snapshot, String ref) throws ScanInputException {
        if (ref == null) {
            return null;
        }
        Repository repository = snapshot.repository().orElseThrow(() -> new ScanInputException(
                "--new-since " + ref + ": " + snapshot.displayName() + " is not a Git repository"));
        try {
            return GitChanges.since(repository, ref);
        } catch (BaselineException e) {
            throw new ScanInputException(e.getMessage(), e);
        }
    }

    /**
     * Where this scan's caches live (per-file results keyed by the analyzer's fingerprint, per-commit
     * changes); null when not asked for, or when the directory lies inside the scanned repository (which
     * is never written to).
     */
    private static Path cacheDirectory(RepositorySnapshot snapshot, ScanRequest request,
                                       List<ToolNotification> notifications) {
        if (request.cacheDirectory() == null) {
            return null;
        }
        Path directory = request.cacheDirectory().toAbsolutePath().normalize();
        if (directory.startsWith(snapshot.rootDirectory())) {
            notifications.add(ToolNotification.global("cache-disabled", Level.NOTE,
                    "the cache directory is inside the scanned repository; caching is off so nothing is written there"));
            return null;
        }
        return directory;
    }

    private static String place(RepositorySnapshot snapshot) {
        return snapshot.rootDirectory() + "#" + snapshot.scope();
    }

    /** A cache that cannot be written costs the next run time, not this run its result. */
    private static void saveCache(ContentCache<FileAnalysis> cache) {
        try {
            cache.save();
        } catch (java.io.IOException e) {
            // deliberately not a notification: reports must not depend on the state of the cache
        }
    }

    /** A history start the user named must exist: a typo would otherwise silently analyse nothing. */
    private static void checkHistoryStart(RepositorySnapshot snapshot, ScanRequest request) throws ScanInputException {
        String ref = request.history().ref();
        if (ref == null) {
            return;
        }
        Repository repository = snapshot.repository().orElseThrow(() ->
                new ScanInputException("--ref " + ref + ": " + snapshot.displayName() + " is not a Git repository"));
        try {
            if (repository.resolve(HistoryReader.startOf(request.history())) == null) {
                throw new ScanInputException("--ref " + ref + ": no such branch, tag or commit");
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new ScanInputException("--ref " + ref + ": cannot be resolved (" + e.getMessage() + ")", e);
        }
    }

    private static List<ToolNotification> snapshotNotifications(RepositorySnapshot snapshot) {
        List<ToolNotification> notifications = new ArrayList<>();
        GitState git = snapshot.gitState();
        if (!git.hasHistory()) {
            notifications.add(ToolNotification.global("history-unavailable", Level.NOTE,
                    git.availability().description()));
        } else if (git.shallow()) {
            notifications.add(ToolNotification.global("shallow-clone", Level.WARNING,
                    "the repository is a shallow clone: history is incomplete (fetch with fetch-depth: 0)"));
        }
        for (String skipped : snapshot.skippedEntries()) {
            int colon = skipped.indexOf(": ");
            notifications.add(ToolNotification.forFile("skipped-entry", Level.NOTE, skipped.substring(0, colon),
                    skipped.substring(colon + 2)));
        }
        return notifications;
    }

    private static ScanTarget target(RepositorySnapshot snapshot, ScanRequest request) {
        GitState git = snapshot.gitState();
        String status = git.hasHistory() && git.detached() ? "Git history available (detached HEAD)"
                : git.availability().description();
        return new ScanTarget(snapshot.displayName(), snapshot.scope(), git.headCommit(), git.branch(),
                git.hasHistory(), status, request.config().source());
    }

    private static ScanMetrics metrics(RepositorySnapshot snapshot, List<FileAnalysis> perFile, SnapshotContext context) {
        Map<String, Integer> byKind = new TreeMap<>();
        snapshot.files().forEach(file -> byKind.merge(file.kind().name().toLowerCase(java.util.Locale.ROOT), 1,
                Integer::sum));
        int parsed = count(perFile, FileAnalysis.Status.PARSED);
        return new ScanMetrics(byKind, perFile.size(), parsed, count(perFile, FileAnalysis.Status.FAILED),
                count(perFile, FileAnalysis.Status.SKIPPED), context.sourceFacts().totalLinesOfCode(),
                snapshot.modules().size(), context.typeIndex().size());
    }

    private static int count(List<FileAnalysis> perFile, FileAnalysis.Status status) {
        return (int) perFile.stream().filter(analysis -> analysis.status() == status).count();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
