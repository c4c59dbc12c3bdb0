package dev.readiness.core.backtest;

import dev.readiness.core.analysis.TrackRecord;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryReadException;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.FileRisk;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.Hotspots;
import dev.readiness.core.repo.GitRepository;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.SourceFacts;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code readiness backtest}: ranks the files as a scan at T0 would have (the tree of T0 read from Git objects,
 * its history from T0 back), then counts the defect fixes of the window after T0 per file, and measures how well
 * our ranking and the naive ones (size, change count, code health, random order) foretold them.
 */
public final class Backtest {

    /** The random ranking's seed: the same order on every run. */
    private static final long RANDOM_SEED = 20_261_205L;

    private final Analyzer analyzer;

    public Backtest(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param request    the scan request of the work tree (path, threads, cache, configuration)
     * @param at         T0: a date, a main-line commit or null (the window's length before HEAD)
     * @param window     how long after T0 fixes are counted
     * @param fixPattern the message pattern of a fix; null: the defect-fix definition of {@code CommitKinds}
     */
    public BacktestResult run(ScanRequest request, String at, Period window, Pattern fixPattern)
            throws ScanInputException, AnalysisException {
        try (GitRepository git = RepositoryReader.openGit(request.path())) {
            Repository repository = git.repository();
            BacktestPlan plan = BacktestPlan.of(repository, at, window);
            try (Scan atT0 = analyzer.analyze(request.atCommit(plan.t0().name()))) {
                RepositoryContext t0 = atT0.models();
                Collection<FileHealth> files = t0.codeHealth().files();
                FixWindow.Fixes fixes = FixWindow.read(repository, plan, git.scope(),
                        files.stream().map(FileHealth::path).toList(), fixPattern, request.history().botAuthors());
                if (fixes.fixCommits() == 0) {
                    throw new ScanInputException("no defect-fix commit between T0 (" + plan.t0Time() + ") and "
                            + plan.endTime() + " among " + fixes.commits() + " commits: nothing to judge the ranking "
                            + "against; give a --fix-pattern that matches this project's fix messages");
                }
                return result(git.displayName(), plan, fixPattern, files, fixes, t0.sourceFacts(),
                        t0.history().orElse(null));
            }
        } catch (HistoryReadException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
    }

    /**
     * The track record a scan's reports show: the default backtest (T0 a year before HEAD, a year's window, the
     * project's defect-fix definition), or why there is none (no Git history, a shallow clone, no fixes since T0).
     */
    public TrackRecord trackRecord(ScanRequest request) {
        try {
            return run(request, null, BacktestPlan.DEFAULT_WINDOW, null).trackRecord();
        } catch (ScanInputException | AnalysisException e) {
            return TrackRecord.unavailable(e.getMessage());
        }
    }

    private static BacktestResult result(String name, BacktestPlan plan, Pattern fixPattern,
                                         Collection<FileHealth> files, FixWindow.Fixes fixes, SourceFacts sources,
                                         History history) {
        Map<String, Integer> changes = new TreeMap<>();
        files.forEach(file -> changes.put(file.path(), history == null ? 0 : history.recentRevisions(file.path())));
        Map<String, Double> random = randomScores(files);
        List<BacktestResult.Ranking> rankings = List.of(
                ranking("risk", "file risk, the hotspot rule's ranking: (1 + lines)^" + FileRisk.SIZE_WEIGHT
                        + " × (1 + changes in the 12 months before T0)^" + FileRisk.CHANGE_WEIGHT
                        + " (FileRisk; fitted on the corpus of docs/validation.md)",
                        files, fixes, file -> FileRisk.of(file.linesOfCode(), changes.get(file.path()))),
                ranking("health-weighted", "the former hotspot score: changes in the 12 months before T0 × (10 − code "
                        + "health)", files, fixes, file -> changes.get(file.path()) * (10 - file.health())),
                ranking("changes", "change count alone: changes in the 12 months before T0", files, fixes,
                        file -> changes.get(file.path())),
                ranking("size", "lines of code alone", files, fixes, FileHealth::linesOfCode),
                ranking("health", "code health alone (lowest first)", files, fixes, file -> 10 - file.health()),
                ranking("random", "random order (seeded)", files, fixes, file -> random.get(file.path())));
        int touches = files.stream().mapToInt(file -> fixes.of(file.path())).sum();
        int withFixes = (int) files.stream().filter(file -> fixes.of(file.path()) > 0).count();
        return new BacktestResult(name, plan.t0().name(), plan.t0Time(), plan.end().name(), plan.endTime(),
                BacktestPlan.describe(plan.window()), fixDefinition(fixPattern), plan.windowCommits().size(),
                fixes.fixCommits(), files.size(), withFixes, touches,
                rankings, flagged(files, fixes, changes, touches), bands(files, fixes),
                FileRows.of(files, sources, history, fixes::of));
    }

    private static BacktestResult.Ranking ranking(String id, String description, Collection<FileHealth> files,
                                                  FixWindow.Fixes fixes, ToDoubleFunction<FileHealth> score) {
        List<RankingMeasures.Ranked> ranked = files.stream().map(file -> new RankingMeasures.Ranked(file.path(),
                file.linesOfCode(), fixes.of(file.path()), score.applyAsDouble(file))).toList();
        RankingMeasures.Result measures = RankingMeasures.of(ranked);
        return new BacktestResult.Ranking(id, description, measures.auc(), measures.effortAwareRecall(),
                measures.topTenFixShare(), measures.topTenCodeShare(), measures.topTenthFixShare(),
                measures.topTenthCodeShare(), measures.effortCurve());
    }

    private static BacktestResult.Flagged flagged(Collection<FileHealth> files, FixWindow.Fixes fixes,
                                                  Map<String, Integer> changes, int touches) {
        List<Hotspots.ChangedFile> reported = Hotspots.of(files, changes::get).reported();
        long lines = files.stream().mapToLong(FileHealth::linesOfCode).sum();
        long flaggedLines = reported.stream().mapToLong(file -> file.file().linesOfCode()).sum();
        int flaggedFixes = reported.stream().mapToInt(file -> fixes.of(file.path())).sum();
        return new BacktestResult.Flagged(reported.size(), lines == 0 ? 0 : (double) flaggedLines / lines,
                touches == 0 ? 0 : (double) flaggedFixes / touches);
    }

    private static List<BacktestResult.Band> bands(Collection<FileHealth> files, FixWindow.Fixes fixes) {
        List<BacktestResult.Band> bands = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            List<FileHealth> inBand = files.stream().filter(file -> file.band() == band).toList();
            bands.add(new BacktestResult.Band(band, inBand.size(),
                    inBand.stream().mapToLong(FileHealth::linesOfCode).sum(),
                    inBand.stream().mapToInt(file -> fixes.of(file.path())).sum()));
        }
        return bands;
    }

    /** A seeded shuffle of the files in path order: the same random ranking on every run. */
    private static Map<String, Double> randomScores(Collection<FileHealth> files) {
        List<String> paths = files.stream().map(FileHealth::path).sorted().toList();
        Random random = new Random(RANDOM_SEED);
        Map<String, Double> scores = new TreeMap<>();
        paths.forEach(path -> scores.put(path, random.nextDouble()));
        return scores;
    }

    private static String fixDefinition(Pattern fixPattern) {
        return fixPattern == null
                ? "defect fixes as the history rules count them: a defect word or an issue key in the message, "
                + "no merges, no mechanical sweeps"
                : "commits whose message matches /" + fixPattern.pattern() + "/, no merges, no mechanical sweeps";
    }
}
