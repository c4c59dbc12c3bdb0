package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.history.CommitCacheFile;
import dev.readiness.core.history.CommitChangesCache;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryReadException;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.history.StoredHistory;
import dev.readiness.core.config.ScanPaths;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads the scan's commit history, through the per-commit cache when there is one. A repository whose
 * history cannot be read (corrupt or missing objects) gets a "history-error" notification and the scan
 * goes on without history.
 */
final class HistoryStage {

    static final String STAGE = "history";
    /** The cache kind of {@link StoredHistory} files. */
    static final String STORED_HISTORY = "timeline";

    private final ProgressListener progress;
    private final String fingerprint;

    HistoryStage(ProgressListener progress, String fingerprint) {
        this.progress = progress;
        this.fingerprint = fingerprint;
    }

    /** A history start the user named must exist: a typo would otherwise silently analyse nothing. */
    static void checkExplicit(RepositorySnapshot snapshot, HistoryOptions history) throws ScanInputException {
        String ref = history.ref();
        if (ref == null) {
            return;
        }
        Repository repository = snapshot.repository().orElseThrow(() ->
                new ScanInputException("--ref " + ref + ": " + snapshot.displayName() + " is not a Git repository"));
        try {
            if (repository.resolve(HistoryReader.startOf(history)) == null) {
                throw new ScanInputException("--ref " + ref + ": no such branch, tag or commit");
            }
        } catch (IOException | RuntimeException e) {
            throw new ScanInputException("--ref " + ref + ": cannot be resolved (" + e.getMessage() + ")", e);
        }
    }

    /** The per-commit cache file of {@code snapshot}'s repository and scope in {@code cacheDirectory}. */
    CommitCacheFile openCache(Path cacheDirectory, RepositorySnapshot snapshot) {
        return CommitCacheFile.open(CacheFiles.fileFor(cacheDirectory, STAGE, Analyzer.place(snapshot)), fingerprint);
    }

    /** The last history read of {@code snapshot}'s repository and scope, kept in {@code cacheDirectory}. */
    StoredHistory storedHistory(Path cacheDirectory, RepositorySnapshot snapshot) {
        return StoredHistory.at(CacheFiles.fileFor(cacheDirectory, STORED_HISTORY, Analyzer.place(snapshot)),
                fingerprint);
    }

    /**
     * Null when the snapshot has no Git history or it could not be read; commits' changes come from {@code cache}. With
     * a {@code storedHistory} (null: none), the history it holds is used when it was read from the same start, options
     * and scope, and a history read is stored there.
     */
    History run(RepositorySnapshot snapshot, ScanRequest request, CommitChangesCache cache, StoredHistory storedHistory,
                List<ToolNotification> notifications) {
        Repository repository = snapshot.repository().orElse(null);
        if (repository == null || !snapshot.gitState().hasHistory()) {
            return null;
        }
        try {
            HistoryOptions options = ConfiguredHistory.options(request.history(), request.config().history(), repository);
            ScanPaths paths = request.config().paths();
            String key = storedHistory == null ? null : storageKey(repository, snapshot.scope(), options, paths);
            if (key != null) {
                Optional<History> stored = storedHistory.read(key, options.recentWindow());
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            History read = new HistoryReader(repository, snapshot.scope(), options, cache)
                    .read((done, total) -> progress.progress(STAGE, done, total));
            History history = paths.isAll() ? read : ConfiguredHistory.restrictedTo(read, paths.matcher(), options);
            if (key != null) {
                store(storedHistory, key, history);
            }
            return history;
        } catch (HistoryReadException | IOException e) {
            notifications.add(ToolNotification.global("history-error", Level.WARNING,
                    e.getMessage() + "; history-based analysis is not available"));
            return null;
        }
    }

    /**
     * Everything a history read depends on besides the analyzer: the commit it starts from (which fixes the commits,
     * their changes and the .mailmap; not how it was named, so a scan of HEAD's commit shares the work tree's), where
     * a shallow clone ends, the other options, the scope and the configured paths; null when there is no start commit.
     */
    static String storageKey(Repository repository, String scope, HistoryOptions options, ScanPaths paths)
            throws IOException {
        ObjectId start = repository.resolve(HistoryReader.startOf(options));
        if (start == null) {
            return null;
        }
        List<String> shallowEnds = repository.getObjectDatabase().getShallowCommits().stream().map(ObjectId::name)
                .sorted().toList();
        List<String> bots = options.botAuthors().stream().map(bot -> bot.flags() + ":" + bot.pattern()).toList();
        return CacheFiles.sha256(String.join("\n", start.name(), String.join(",", shallowEnds),
                String.valueOf(options.maxCommits()), String.valueOf(options.since()), options.recentWindow().toString(),
                String.valueOf(options.firstParentOnly()), String.join("\n", bots), scope, paths.toString()));
    }

    /** A history that cannot be stored costs the next scan time, never this one its result. */
    private static void store(StoredHistory file, String key, History history) {
        try {
            file.write(key, history);
        } catch (IOException e) {
            // as with every cache: reports must not depend on its state
        }
    }
}
