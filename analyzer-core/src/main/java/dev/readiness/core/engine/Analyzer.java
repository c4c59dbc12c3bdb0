package dev.readiness.core.engine;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.FileRoleSummary;
import dev.readiness.core.analysis.FindingImpacts;
import dev.readiness.core.analysis.VerifyCommands;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.baseline.BaselineException;
import dev.readiness.core.baseline.ChangedLines;
import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.baseline.GitChanges;
import dev.readiness.core.baseline.MergeBase;
import dev.readiness.core.baseline.Suppressions;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.cache.ContentCache;
import dev.readiness.core.evidence.EvidenceReport;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.history.CommitCacheFile;
import dev.readiness.core.history.CommitChangesCache;
import dev.readiness.core.history.RememberingCommitCache;
import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.history.History;
import dev.readiness.core.history.StoredHistory;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.repo.GitState;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import dev.readiness.core.score.ArchitectureMeasures;
import dev.readiness.core.score.FindingImpact;
import dev.readiness.core.score.HistoryMeasures;
import dev.readiness.core.score.ModuleScore;
import dev.readiness.core.score.ModuleScoring;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.RemediationPlan;
import dev.readiness.core.score.ScoreMeasures;
import dev.readiness.core.source.SourceFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/**
 * Runs one scan as a pipeline of named stages, each a method from small typed values to small typed values:
 * open → check inputs → prepare (rules, caches) → parse (running the per-file rules), the history read beside it →
 * models → repository rules → suppressions → score → (with a Git ref) the same analysis of the merge base → result →
 * comparison against a baseline or Git ref. Seven stages are timed into {@link AnalysisResult#stageMillis()}, under
 * the keys --timings reports: files, cache, source, history, bytecode (the models), repository-rules and score; with a
 * ref, an eighth, {@value #MERGE_BASE_STAGE}.
 * The snapshot stays open inside the returned result's {@link dev.readiness.core.analysis.SourceTexts}
 * only through {@link Scan}, which the caller closes.
 */
public final class Analyzer {

    /** The --timings key of the scan of the merge base in pull-request mode ({@code --new-since}). */
    public static final String MERGE_BASE_STAGE = "merge-base";
    /** The --timings key of the score with what fixing each finding would gain and the plan. */
    static final String SCORE_STAGE = "score";
    private static final int SHORT_COMMIT = 10;

    private final RuleRegistry registry;
    private final ProgressListener progress;
    /** Null, or the caches of the last finished scan of each place and analyzer, for the next scan to continue from. */
    private final Map<String, ContentCache<FileAnalysis>> lastFileCaches;
    private final Map<String, StoredHistory> storedHistories;

    public Analyzer(RuleRegistry registry, ProgressListener progress) {
        this(registry, progress, false);
    }

    private Analyzer(RuleRegistry registry, ProgressListener progress, boolean keepingCaches) {
        this.registry = registry;
        this.progress = progress;
        this.lastFileCaches = keepingCaches ? new ConcurrentHashMap<>() : null;
        this.storedHistories = keepingCaches ? new ConcurrentHashMap<>() : null;
    }

    /**
     * An analyzer for a process that scans one repository again and again (the MCP server): each scan continues from
     * the caches of the last one in memory, per-file results decoded and the history read, instead of reading and
     * decoding the cache files again. The results are the same as from the files.
     */
    public static Analyzer keepingCaches(RuleRegistry registry, ProgressListener progress) {
        return new Analyzer(registry, progress, true);
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
        return analyze(open(request, comparison));
    }

    /**
     * Stage "files" and the input checks: the repository's files, read but not analysed, for a caller that may answer
     * from an earlier identical scan ({@link OpenedScan#inputsDigest()}) before it {@link #analyze(OpenedScan)}s.
     */
    public OpenedScan open(ScanRequest request, GateComparisons.Request comparison) throws ScanInputException {
        long start = System.nanoTime();
        RepositorySnapshot snapshot = open(request);
        long filesMillis = (System.nanoTime() - start) / 1_000_000;
        try {
            ChangedLines changedLines = checkInputs(snapshot, request, comparison.newSinceRef());
            return new OpenedScan(new OpenedScan.Contents(snapshot, request, comparison, changedLines, filesMillis),
                    () -> ScanInputs.digest(snapshot, request, fingerprint(request)));
        } catch (ScanInputException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /** Analyses an opened scan; the returned scan owns its snapshot from then on. */
    public Scan analyze(OpenedScan opened) throws AnalysisException {
        return analyze(opened.handOver(), null);
    }

    /** @param inherited what the scan of a merge base takes over from the scan it is compared with; null: nothing */
    private Scan analyze(OpenedScan.Contents contents, Inherited inherited) throws AnalysisException {
        StageClock clock = new StageClock();
        clock.record("files", contents.filesMillis());
        RepositorySnapshot snapshot = contents.snapshot();
        ScanRequest request = contents.request();
        GateComparisons.Request comparison = contents.comparison();
        try {
            ChangedLines changedLines = contents.changedLines();
            Run opened = new Run(snapshot, request, new ArrayList<>(snapshotNotifications(snapshot)), inherited);
            Setup setup = clock.time("cache", () -> prepare(opened, changedLines != null));
            // the history needs nothing the parse makes: it is read beside it, its notes kept apart and added after
            List<ToolNotification> historyNotes = new ArrayList<>();
            BackgroundStage<History> reading = BackgroundStage.start(HistoryStage.STAGE,
                    () -> readHistory(opened, setup, historyNotes));
            JavaFileStage.Parsed parsed;
            try {
                parsed = clock.time("source", () -> parse(opened, setup));
            } catch (AnalysisException | RuntimeException | Error e) {
                reading.cancel();
                throw e;
            }
            int cacheHits = setup.cache().hits();
            int cacheMisses = setup.cache().misses();
            Run run = opened.withGeneratedCode(parsed.generatedPaths()).withTestCode(parsed.testCodePaths());
            History history = reading.await();
            clock.record(HistoryStage.STAGE, reading.millis());
            run.notifications().addAll(historyNotes);
            // keyed "bytecode" as before evidence and the context joined this stage: --timings readers know the key
            Models models = new Models(setup, parsed, clock.time(BytecodeStage.STAGE,
                    () -> buildContext(run, parsed, history)));
            models.context().buildScoreModelsAside();
            Set<String> onCompiledClasses = new TreeSet<>();
            List<Finding> findings = clock.time("repository-rules", () -> runRules(run, models, onCompiledClasses));
            List<Finding> suppressed = suppress(run, models, findings);
            Scored scored = clock.time(SCORE_STAGE, () -> score(run, models, suppressed));
            MergeBase mergeBase = changedLines == null ? null
                    : clock.time(MERGE_BASE_STAGE, () -> scanMergeBase(run, setup, changedLines, onCompiledClasses));
            AnalysisResult result = assemble(run, models, scored, clock.millis());
            AnalysisResult compared = compare(result, comparison, mergeBase);
            Scan.CacheUse cacheUse = new Scan.CacheUse(cacheHits, cacheMisses, setup.problems());
            if (inherited == null) {
                keepForNextScan(setup);
            }
            // a merge base's scan fills its scan's caches, which that scan saves
            Thread saving = inherited == null ? saveCachesAside(setup) : null;
            return new Scan(run.snapshot(), compared, models.context(), cacheUse, saving);
        } catch (AnalysisException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /**
     * What every stage of one scan reads (the snapshot, the request, what a merge base's scan takes over from the scan
     * it is compared with, null for any other scan) and adds to (the notifications).
     */
    private record Run(RepositorySnapshot snapshot, ScanRequest request, List<ToolNotification> notifications,
                       Inherited inherited) {

        /**
         * This run with the files the parser found generated given that role, and one note naming the code left
         * out of rules, scores and code health (generated, vendored, samples).
         */
        Run withGeneratedCode(java.util.Set<String> generated) {
            RepositorySnapshot relabelled = snapshot.withRole(generated, FileKind.GENERATED,
                    "its header or @Generated says a tool wrote it");
            LeftOutCode.note(relabelled).ifPresent(notifications::add);
            UnreadCode.notice(relabelled).ifPresent(notifications::add);
            return new Run(relabelled, request, notifications, inherited);
        }

        /** This run with the production files the parser found to declare tests given the test role. */
        Run withTestCode(Set<String> parsedAsTests) {
            Set<String> found = snapshot.files().stream()
                    .filter(file -> file.kind() == FileKind.PRODUCTION && parsedAsTests.contains(file.path()))
                    .map(RepoFile::path).collect(Collectors.toCollection(TreeSet::new));
            return new Run(snapshot.withRole(found, FileKind.TEST, "declares tests a test framework runs"), request,
                    notifications, inherited);
        }
    }

    /**
     * What the scan of a merge base takes over from the scan it is compared with: the test evidence reports (the
     * work tree's build output, read for both so that only the code tells them apart) and the caches, so that the
     * files and commits the two share are analysed once.
     */
    private record Inherited(List<EvidenceReport> evidenceReports, ContentCache<FileAnalysis> files,
                             CommitChangesCache commits) {
    }

    /**
     * The output of the cache stage: the enabled rules, those left off for being below the precision bar, the
     * analyzer's fingerprint, the per-file cache, the per-commit cache and the file behind it to save, and the history
     * the last scan stored (both null: none).
     */
    private record Setup(List<ActiveRule> rules, List<RuleMetadata> offBelowBar, String fingerprint,
                         ContentCache<FileAnalysis> cache, CommitChangesCache commits, CommitCacheFile commitFile,
                         StoredHistory storedHistory) {

        List<ActiveRule> ofKind(Predicate<RuleType> kind) {
            return rules.stream().filter(rule -> kind.test(rule.type())).toList();
        }

        List<RuleMetadata> metadata() {
            return rules.stream().map(ActiveRule::metadata).toList();
        }

        /** What of the cache files could not be used. */
        List<String> problems() {
            List<String> problems = new ArrayList<>(cache.problem().stream().toList());
            if (commitFile != null) {
                commitFile.problem().ifPresent(problems::add);
            }
            if (storedHistory != null) {
                storedHistory.problem().ifPresent(problems::add);
            }
            return problems;
        }
    }

    /** What the repository rules run on: the setup, the parsed Java files (with their findings) and the models. */
    private record Models(Setup setup, JavaFileStage.Parsed parsed, SnapshotContext context) {
    }

    /** The findings as scored (suppressions marked), their score and the measures it shares with the result. */
    private record Scored(List<Finding> findings, ReadinessScore score, TestMetrics testMetrics,
                          List<PackageCycles.Cycle> cycles, FindingImpacts impacts, List<ModuleScore> modules) {
    }

    /** Stage "files": the repository's files with their roles, restricted to the configured paths. */
    private static RepositorySnapshot open(ScanRequest request) throws ScanInputException {
        RepositorySnapshot files = request.revision() == null ? RepositoryReader.open(request.path())
                : RepositoryReader.openAt(request.path(), request.revision());
        return files.withRoles(request.config().roles()::decide)
                .restrictedTo(request.config().paths().matcher());
    }

    /**
     * Fails on a ref, report or class directory the user named that does not exist, before anything is analysed;
     * returns the lines changed since {@code newSinceRef} (null without one).
     */
    private static ChangedLines checkInputs(RepositorySnapshot snapshot, ScanRequest request, String newSinceRef)
            throws ScanInputException {
        HistoryStage.checkExplicit(snapshot, request.history());
        ChangedLines changedLines = changedLines(snapshot, newSinceRef);
        EvidenceStage.checkExplicit(request.reports());
        BytecodeStage.checkExplicit(request.classDirectories());
        return changedLines;
    }

    /**
     * Stage "cache": the enabled rules with their options, the fingerprint they make and the caches; those of the scan
     * a merge base's scan is compared with, and when a merge base will be scanned ({@code sharing}) caches kept in
     * memory too, even with --no-cache.
     */
    private Setup prepare(Run run, boolean sharing) {
        List<ActiveRule> rules = ActiveRule.of(registry.all(), run.request().config());
        String fingerprint = fingerprint(rules);
        Set<String> running = rules.stream().map(rule -> rule.metadata().id()).collect(Collectors.toSet());
        List<RuleMetadata> offBelowBar = registry.metadata().stream()
                .filter(rule -> !rule.scored() && !running.contains(rule.id())).toList();
        if (run.inherited() != null) {
            return new Setup(rules, offBelowBar, fingerprint, run.inherited().files(), run.inherited().commits(), null,
                    null);
        }
        Path cacheDirectory = cacheDirectory(run);
        ContentCache<FileAnalysis> cache = cacheDirectory != null
                ? filesCache(CacheFiles.fileFor(cacheDirectory, "files", place(run.snapshot())), fingerprint)
                : sharing ? ContentCache.inMemory() : ContentCache.disabled();
        HistoryStage history = new HistoryStage(progress, fingerprint);
        CommitCacheFile commitFile = cacheDirectory == null ? null : history.openCache(cacheDirectory, run.snapshot());
        CommitChangesCache commits = commitFile == null ? CommitChangesCache.NONE : commitFile;
        StoredHistory storedHistory = cacheDirectory == null ? null : history.storedHistory(cacheDirectory, run.snapshot());
        if (storedHistory != null && storedHistories != null) {
            StoredHistory opened = storedHistory;
            storedHistory = storedHistories.computeIfAbsent(keptKey(opened.file(), fingerprint), key -> opened);
        }
        return new Setup(rules, offBelowBar, fingerprint, cache,
                sharing ? new RememberingCommitCache(commits) : commits, commitFile, storedHistory);
    }

    /** The per-file cache in {@code file}: the last scan's in memory when this analyzer keeps them, else the file. */
    private ContentCache<FileAnalysis> filesCache(Path file, String fingerprint) {
        ContentCache<FileAnalysis> last = lastFileCaches == null ? null : lastFileCaches.get(keptKey(file, fingerprint));
        return last != null ? ContentCache.continuing(last)
                : ContentCache.open(file, fingerprint, FileAnalysis.class, FileAnalysis::wellFormed);
    }

    /** Keeps a finished scan's per-file cache for the next scan of this analyzer, when it keeps them. */
    private void keepForNextScan(Setup setup) {
        if (lastFileCaches != null && setup.cache().file() != null) {
            lastFileCaches.put(keptKey(setup.cache().file(), setup.fingerprint()), setup.cache());
        }
    }

    /** What a kept cache is found by: its file, for the analyzer and rule settings that wrote it. */
    private static String keptKey(Path file, String fingerprint) {
        return file + "\n" + fingerprint;
    }

    /** The analyzer and the settings of its enabled rules, which change the results of each file. */
    private String fingerprint(List<ActiveRule> rules) {
        return AnalyzerFingerprint.of(registry.all(), rules.stream().map(ActiveRule::settingsKey).toList());
    }

    private String fingerprint(ScanRequest request) {
        return fingerprint(ActiveRule.of(registry.all(), request.config()));
    }

    /** Stage "source": every Java file parsed, the per-file rules run on each tree while it is in memory. */
    private JavaFileStage.Parsed parse(Run run, Setup setup) throws AnalysisException {
        List<RepoFile> javaFiles = run.snapshot().files().stream().filter(RepoFile::isJavaSource).toList();
        JavaFileStage.Parsed parsed = new JavaFileStage(setup.ofKind(RuleType::isPerFile),
                FactExtraction.of(setup.rules()), run.request().threads(), progress, setup.cache())
                .run(run.snapshot(), javaFiles);
        run.notifications().addAll(parsed.notifications());
        return parsed;
    }

    /** Stage "history": the commit history; null without one. Its notes go to {@code notifications}. */
    private History readHistory(Run run, Setup setup, List<ToolNotification> notifications) {
        return new HistoryStage(progress, setup.fingerprint())
                .run(run.snapshot(), run.request(), setup.commits(), setup.storedHistory(), notifications);
    }

    /** Stage "bytecode": the models the repository rules read, with test evidence and compiled classes when found. */
    private static SnapshotContext buildContext(Run run, JavaFileStage.Parsed parsed, History history) {
        ScanRequest request = run.request();
        TestEvidence evidence = run.inherited() == null
                ? EvidenceStage.load(run.snapshot(), request.reports(), run.notifications())
                : EvidenceStage.load(run.snapshot(), run.inherited().evidenceReports(), run.notifications());
        SnapshotContext context = new SnapshotContext(run.snapshot(), new SourceFacts(parsed.facts()), history,
                evidence, request.config());
        ArchitectureConfigCheck.check(request.config(), context.typeIndex(), run.notifications());
        BytecodeStage.load(run.snapshot(), request.classDirectories(), context, run.notifications())
                .ifPresent(context::useBytecode);
        return context;
    }

    /**
     * Stage "repository-rules": the repository rules over the models; with the per-file findings, all findings. The
     * ids of the rules that read compiled classes go into {@code onCompiledClasses}.
     */
    private static List<Finding> runRules(Run run, Models models, Set<String> onCompiledClasses) {
        List<Finding> findings = new ArrayList<>(models.parsed().findings());
        findings.addAll(RepositoryRuleStage.run(models.setup().ofKind(RuleType::isRepositoryWide), models.context(),
                run.notifications(), onCompiledClasses));
        return findings;
    }

    /** The findings with those an in-source marker covers marked suppressed (kept: reports show them as such). */
    private List<Finding> suppress(Run run, Models models, List<Finding> findings) {
        Set<String> knownRules = registry.metadata().stream().map(RuleMetadata::id).collect(Collectors.toSet());
        Suppressions.Applied applied = new Suppressions(models.parsed().markersByPath(), models.context(), knownRules)
                .apply(findings);
        run.notifications().addAll(applied.notifications());
        return applied.findings();
    }

    /** The readiness score: the active findings weighed against what the models measure, weights as configured. */
    private static Scored score(Run run, Models models, List<Finding> findings) {
        SnapshotContext context = models.context();
        TestMetrics testMetrics = context.testModel().metrics().withEvidence(EvidenceSummary.of(context.testEvidence()));
        List<PackageCycles.Cycle> cycles = PackageCycles.of(context.dependencyGraph()
                .packageEdges(edge -> context.isProduction(edge.path())));
        // the rules left off count as left out, so the score says which checks it does not rest on
        List<RuleMetadata> considered = new ArrayList<>(models.setup().metadata());
        considered.addAll(models.setup().offBelowBar());
        // a directory scanned alone may keep its tests elsewhere (src/test beside src/main): none found is no zero
        boolean testsElsewhere = !run.snapshot().scope().isEmpty() && testMetrics.overall().tests() == 0
                && testMetrics.overall().testLinesOfCode() == 0;
        ScoreMeasures measures = new ScoreMeasures(context.codeHealth(), testMetrics,
                ArchitectureMeasures.of(context, cycles), HistoryMeasures.of(context, context.codeHealth()),
                considered, findings.stream().filter(Finding::isActive).toList(),
                run.request().config().weights(), testsElsewhere);
        ReadinessScore score = ReadinessScorer.score(measures);
        FindingImpacts impacts = FindingImpacts.of(measures.findings(), FindingImpact.of(measures),
                RemediationPlan.of(measures));
        return new Scored(findings, score, testMetrics, cycles, impacts,
                ModuleScoring.of(context, measures, run.request().config().areas()));
    }

    /** The result reporters read: the scored findings and everything measured on the way. */
    private static AnalysisResult assemble(Run run, Models models, Scored scored, Map<String, Long> stageMillis) {
        SnapshotContext context = models.context();
        return AnalysisResult.builder(target(run), scored.score()).rules(models.setup().metadata())
                .findings(scored.findings()).notifications(run.notifications()).stageMillis(stageMillis)
                .measures(metrics(run, models), scored.testMetrics(), context.codeHealth())
                .architectureAnalysis(context.bytecode().isPresent() ? AnalysisResult.BYTECODE : AnalysisResult.SOURCE)
                .sources(context).overview(OverviewStage.of(context, scored.cycles())).impacts(scored.impacts())
                .modules(scored.modules())
                .verifyCommands(VerifyCommands.of(context.modules(), path -> context.file(path).isPresent())).build();
    }

    /**
     * Marks each finding new or unchanged against a baseline and/or a ref; after scoring, since the score counts
     * no baseline state, and on the result, since fingerprints need its file texts.
     */
    private static AnalysisResult compare(AnalysisResult result, GateComparisons.Request comparison,
                                          MergeBase mergeBase) {
        return GateComparisons.compare(result, comparison, mergeBase);
    }

    private Set<String> repositoryRules() {
        return registry.all().stream().filter(RuleType::isRepositoryWide).map(rule -> rule.metadata().id())
                .collect(Collectors.toSet());
    }

    /**
     * Stage "merge-base": the same analysis of the merge base's tree, read from Git objects (nothing is checked out),
     * with this scan's configuration and test evidence reports, so that only what the branch changed tells the two
     * apart; compiled classes belong to the work tree and are left out, so the findings of the rules that read them
     * here ({@code onCompiledClasses}) are compared with what the sources gave there. It shares this scan's caches:
     * only the files the branch changed are analysed again. A merge base that cannot be scanned (the scanned
     * directory did not exist yet) leaves the findings to be judged on the lines changed alone.
     */
    private MergeBase scanMergeBase(Run run, Setup setup, ChangedLines changedLines, Set<String> onCompiledClasses) {
        ScanRequest atBase = run.request().atCommit(changedLines.mergeBase());
        Inherited inherited = new Inherited(EvidenceStage.reports(run.snapshot(), run.request().reports(),
                new ArrayList<>()), setup.cache(), setup.commits());
        if (!onCompiledClasses.isEmpty()) {
            run.notifications().add(ToolNotification.global("merge-base-from-sources", Level.NOTE, "this scan read "
                    + "compiled classes, which the merge base (read from Git objects) has not, so there the sources "
                    + "were read: a finding of " + String.join(", ", onCompiledClasses) + " is new only when the merge "
                    + "base lacked it and its file changed, and the score change includes the difference"));
        }
        try (Scan base = analyze(open(atBase, GateComparisons.Request.NONE).handOver(), inherited)) {
            return MergeBase.of(base.result(), changedLines, new MergeBase.Rules(repositoryRules(), onCompiledClasses));
        } catch (ScanInputException | AnalysisException e) {
            run.notifications().add(ToolNotification.global("merge-base-not-scanned", Level.NOTE, "the merge base "
                    + changedLines.mergeBase().substring(0, SHORT_COMMIT) + " could not be scanned (" + e.getMessage()
                    + "): a finding is new when a line of it (for a repository rule, its file) changed"));
            return MergeBase.unscanned(changedLines, new MergeBase.Rules(repositoryRules(), Set.of()));
        }
    }

    /** Null without a ref; a ref that does not resolve, or a directory that is no Git repository, is an input error. */
    private static ChangedLines changedLines(RepositorySnapshot snapshot, String ref) throws ScanInputException {
        if (ref == null) {
            return null;
        }
        if (snapshot.repository().isEmpty()) {
            throw new ScanInputException("--new-since " + ref + ": " + snapshot.displayName()
                    + " is not a Git repository");
        }
        try {
            return GitChanges.since(snapshot, ref);
        } catch (BaselineException e) {
            throw new ScanInputException(e.getMessage(), e);
        }
    }

    /**
     * Where this scan's caches live (per-file results keyed by the analyzer's fingerprint, per-commit
     * changes); null when not asked for, or when the directory lies inside the scanned repository (which
     * is never written to).
     */
    private static Path cacheDirectory(Run run) {
        if (run.request().cacheDirectory() == null) {
            return null;
        }
        Path directory = writableCacheDirectory(run.snapshot(), run.request());
        if (directory == null) {
            run.notifications().add(ToolNotification.global("cache-disabled", Level.NOTE,
                    "the cache directory is inside the scanned repository; caching is off so nothing is written there"));
        }
        return directory;
    }

    /** The cache directory asked for, unless there is none or it lies inside the repository (never written to). */
    static Path writableCacheDirectory(RepositorySnapshot snapshot, ScanRequest request) {
        if (request.cacheDirectory() == null) {
            return null;
        }
        Path directory = request.cacheDirectory().toAbsolutePath().normalize();
        return directory.startsWith(snapshot.rootDirectory()) ? null : directory;
    }

    /** The scanned repository's root and scope, which name its caches. */
    static String place(RepositorySnapshot snapshot) {
        return snapshot.rootDirectory() + "#" + snapshot.scope();
    }

    /**
     * Writes the caches on a thread of their own, while the caller writes its reports (compressing the per-file cache
     * of a large repository takes half a second); the scan waits for it when closed.
     */
    private static Thread saveCachesAside(Setup setup) {
        Thread thread = new Thread(() -> saveCaches(setup), "readiness-cache-save");
        thread.setUncaughtExceptionHandler((failed, error) -> {
            // a cache that could not be written costs the next run time, never this one a stack trace
        });
        thread.start();
        return thread;
    }

    /** A cache that cannot be written costs the next run time, not this run its result. */
    private static void saveCaches(Setup setup) {
        try {
            setup.cache().save();
        } catch (IOException e) {
            // deliberately not a notification: reports must not depend on the state of the cache
        }
        try {
            if (setup.commitFile() != null) {
                setup.commitFile().save();
            }
        } catch (IOException e) {
            // as above
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
        notifications.addAll(EntityExpansionCheck.notes(snapshot));
        return notifications;
    }

    private static ScanTarget target(Run run) {
        RepositorySnapshot snapshot = run.snapshot();
        GitState git = snapshot.gitState();
        String status = git.hasHistory() && git.detached() ? "Git history available (detached HEAD)"
                : git.availability().description();
        return new ScanTarget(snapshot.displayName(), snapshot.scope(), git.headCommit(), git.headCommitTime(),
                git.branch(),
                git.hasHistory(), status, run.request().config().source());
    }

    private static ScanMetrics metrics(Run run, Models models) {
        Map<String, Integer> byKind = new TreeMap<>();
        run.snapshot().files().forEach(file -> byKind.merge(file.kind().id(), 1, Integer::sum));
        JavaFileStage.Parsed parsed = models.parsed();
        return new ScanMetrics(byKind, parsed.files().size(), parsed.count(FileAnalysis.Status.PARSED),
                parsed.count(FileAnalysis.Status.FAILED), parsed.count(FileAnalysis.Status.SKIPPED),
                models.context().sourceFacts().totalLinesOfCode(), run.snapshot().modules().size(),
                models.context().typeIndex().size(), run.snapshot().roleDecisions().stream()
                        .map(decision -> new FileRoleSummary(decision.root(), decision.role().id(), decision.reason(),
                                decision.files())).toList());
    }

    /** Each timed stage's milliseconds under its key, in the order the stages ran. */
    private static final class StageClock {

        private final Map<String, Long> millis = new LinkedHashMap<>();

        void record(String stage, long stageMillis) {
            millis.put(stage, stageMillis);
        }

        <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
            long start = System.nanoTime();
            T output = work.run();
            millis.put(stage, (System.nanoTime() - start) / 1_000_000);
            return output;
        }

        Map<String, Long> millis() {
            return millis;
        }
    }

    /** One stage's work, which may fail with {@code E}. */
    @FunctionalInterface
    private interface Stage<T, E extends Exception> {

        T run() throws E;
    }
}
