package dev.readiness.core.history;

import dev.readiness.core.concurrent.Failures;
import dev.readiness.core.history.CommitChangesCache.Entry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.Repository;

/**
 * Fills in the changed files of walked commits, from the cache when it has them, else by diffing, spread
 * over threads that take neighbouring commits in small chunks (neighbours share trees, which the
 * per-thread readers then find cached). The result keeps the walk's order, whatever thread did what.
 */
final class ChangeReader {

    private static final int CHUNK = 32;
    private static final int PROGRESS_STEP = 256;

    private final Repository repository;
    private final String scope;
    private final HistoryOptions options;
    private final CommitChangesCache cache;

    ChangeReader(Repository repository, String scope, HistoryOptions options, CommitChangesCache cache) {
        this.repository = repository;
        this.scope = scope;
        this.options = options;
        this.cache = cache;
    }

    /** @param lineWindowStart commits at or after this author time get line counts (null: none do) */
    List<Commit> read(List<CommitWalk.Walked> walked, Instant lineWindowStart, HistoryProgress progress)
            throws IOException {
        Work work = new Work(walked, lineWindowStart, progress);
        int workers = Math.max(1, Math.min(options.threads(), (walked.size() + CHUNK - 1) / CHUNK));
        if (workers == 1) {
            work.run();
        } else {
            runInParallel(work, workers);
        }
        return Arrays.asList(work.result);
    }

    private static void runInParallel(Work work, int workers) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "readiness-history");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the history", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        Failures.throwIfUnchecked(cause);
        return new IOException(cause);
    }

    /** The shared state of one read: the next chunk to take, and the results by position. */
    private final class Work {
        private final List<CommitWalk.Walked> walked;
        private final Instant lineWindowStart;
        private final HistoryProgress progress;
        private final Commit[] result;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();

        Work(List<CommitWalk.Walked> walked, Instant lineWindowStart, HistoryProgress progress) {
            this.walked = walked;
            this.lineWindowStart = lineWindowStart;
            this.progress = progress;
            this.result = new Commit[walked.size()];
        }

        void run() throws IOException {
            try (CommitDiffer differ = new CommitDiffer(repository, scope)) {
                int total = walked.size();
                for (int start = next.getAndAdd(CHUNK); start < total; start = next.getAndAdd(CHUNK)) {
                    int end = Math.min(total, start + CHUNK);
                    for (int i = start; i < end; i++) {
                        result[i] = withChanges(differ, walked.get(i));
                    }
                    int finished = done.addAndGet(end - start);
                    if (finished == total || finished / PROGRESS_STEP != (finished - (end - start)) / PROGRESS_STEP) {
                        progress.commits(finished, total);
                    }
                }
            }
        }

        private Commit withChanges(CommitDiffer differ, CommitWalk.Walked walkedCommit) throws IOException {
            Commit commit = walkedCommit.commit();
            if ((commit.isMerge() && !options.firstParentOnly()) || walkedCommit.shallowBoundary()) {
                return commit; // merge: its changes come with the merged branch's commits; boundary: unknown
            }
            boolean countLines = lineWindowStart != null && !commit.time().isBefore(lineWindowStart);
            Optional<Entry> cached = cache.get(commit.id());
            List<FileChange> changes;
            if (cached.isPresent() && (cached.get().linesCounted() || !countLines)) {
                changes = countLines ? cached.get().changes() : withoutLineCounts(cached.get().changes());
            } else {
                changes = differ.changes(walkedCommit.tree(), walkedCommit.firstParent(), countLines);
                cache.put(commit.id(), new Entry(countLines, changes));
            }
            return new Commit(commit.id(), commit.authorName(), commit.authorEmail(), commit.time(), commit.message(),
                    commit.parents(), changes);
        }
    }

    private static List<FileChange> withoutLineCounts(List<FileChange> changes) {
        if (changes.stream().noneMatch(FileChange::linesCounted)) {
            return changes;
        }
        return changes.stream()
                .map(change -> new FileChange(change.path(), change.previousPath(), change.kind(), -1, -1))
                .toList();
    }
}
