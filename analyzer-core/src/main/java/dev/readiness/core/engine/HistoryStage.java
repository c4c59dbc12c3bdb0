package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.history.CommitCacheFile;
import dev.readiness.core.history.CommitChangesCache;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryReadException;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.config.ScanPaths;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads the scan's commit history, through the per-commit cache when there is one. A repository whose
 * history cannot be read (corrupt or missing objects) gets a "history-error" notification and the scan
 * goes on without history.
 */
final class HistoryStage {

    static final String STAGE = "history";

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
        return CommitCacheFile.open(CacheFiles.fileFor(cacheDirectory, STAGE,
                snapshot.rootDirectory() + "#" + snapshot.scope()), fingerprint);
    }

    /** Null when the snapshot has no Git history or it could not be read; commits' changes come from {@code cache}. */
    History run(RepositorySnapshot snapshot, ScanRequest request, CommitChangesCache cache,
                List<ToolNotification> notifications) {
        Repository repository = snapshot.repository().orElse(null);
        if (repository == null || !snapshot.gitState().hasHistory()) {
            return null;
        }
        try {
            HistoryOptions options = ConfiguredHistory.options(request.history(), request.config().history(), repository);
            History history = new HistoryReader(repository, snapshot.scope(), options, cache)
                    .read((done, total) -> progress.progress(STAGE, done, total));
            ScanPaths paths = request.config().paths();
            return paths.isAll() ? history : ConfiguredHistory.restrictedTo(history, paths.matcher(), options);
        } catch (HistoryReadException | IOException e) {
            notifications.add(ToolNotification.global("history-error", Level.WARNING,
                    e.getMessage() + "; history-based analysis is not available"));
            return null;
        }
    }
}
