package dev.readiness.core.engine;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.evidence.ExplicitReports;
import dev.readiness.core.history.HistoryOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan, with how many parser threads, where per-file and per-commit results are cached between
 * runs ({@code cacheDirectory} null: no cache) and how much history to read ({@code history} null: the
 * defaults, all history with {@code threads} diff threads) and which PIT/JaCoCo reports to read besides
 * those found in the build output directories ({@code reports} null: none), with which readiness.yml
 * settings ({@code config} null: none) and which directories of compiled classes to read besides
 * target/classes and build/classes/java/main of every module ({@code classDirectories} null: none), and which
 * commit's tree to read instead of the work tree ({@code revision} null: the work tree; with one, history is read
 * from that commit back, and no build output of the work tree is read).
 */
public record ScanRequest(Path path, int threads, Path cacheDirectory, HistoryOptions history,
                          ExplicitReports reports, ReadinessConfig config, List<Path> classDirectories,
                          String revision) {

    public ScanRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (history == null) {
            history = HistoryOptions.defaults(threads);
        }
        if (reports == null) {
            reports = ExplicitReports.NONE;
        }
        if (config == null) {
            config = ReadinessConfig.EMPTY;
        }
        classDirectories = classDirectories == null ? List.of() : List.copyOf(classDirectories);
    }

    /** The work tree. */
    public ScanRequest(Path path, int threads, Path cacheDirectory, HistoryOptions history,
                       ExplicitReports reports, ReadinessConfig config, List<Path> classDirectories) {
        this(path, threads, cacheDirectory, history, reports, config, classDirectories, null);
    }

    /** No configuration and no explicit class directories. */
    public ScanRequest(Path path, int threads, Path cacheDirectory, HistoryOptions history, ExplicitReports reports) {
        this(path, threads, cacheDirectory, history, reports, null, null);
    }

    /** No explicit reports. */
    public ScanRequest(Path path, int threads, Path cacheDirectory, HistoryOptions history) {
        this(path, threads, cacheDirectory, history, null);
    }

    /** Default history options. */
    public ScanRequest(Path path, int threads, Path cacheDirectory) {
        this(path, threads, cacheDirectory, null);
    }

    /** No cache. */
    public ScanRequest(Path path, int threads) {
        this(path, threads, null);
    }

    public static ScanRequest of(Path path) {
        return new ScanRequest(path, Runtime.getRuntime().availableProcessors());
    }

    /** This request with other history options. */
    public ScanRequest withHistory(HistoryOptions options) {
        return new ScanRequest(path, threads, cacheDirectory, options, reports, config, classDirectories, revision);
    }

    /** This request reading these reports besides the ones found. */
    public ScanRequest withReports(ExplicitReports explicit) {
        return new ScanRequest(path, threads, cacheDirectory, history, explicit, config, classDirectories, revision);
    }

    /** This request with these readiness.yml settings. */
    public ScanRequest withConfig(ReadinessConfig settings) {
        return new ScanRequest(path, threads, cacheDirectory, history, reports, settings, classDirectories, revision);
    }

    /** This request also reading the compiled classes in these directories. */
    public ScanRequest withClassDirectories(List<Path> directories) {
        return new ScanRequest(path, threads, cacheDirectory, history, reports, config, directories, revision);
    }

    /**
     * This request reading the tree of {@code commit} (a full commit id) and the history from it back, as a scan
     * run at that commit would have: what a backtest looks at. Reports and class directories the user named belong
     * to the work tree, so they are left out.
     */
    public ScanRequest atCommit(String commit) {
        HistoryOptions options = new HistoryOptions(history.maxCommits(), history.since(), history.recentWindow(),
                history.firstParentOnly(), history.threads(), history.botAuthors(), commit);
        return new ScanRequest(path, threads, cacheDirectory, options, ExplicitReports.NONE, config, List.of(), commit);
    }
}
