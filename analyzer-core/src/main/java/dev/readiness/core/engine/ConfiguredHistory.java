package dev.readiness.core.engine;

import dev.readiness.core.config.HistorySettings;
import dev.readiness.core.history.Commit;
import dev.readiness.core.history.FileChange;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReader;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * readiness.yml's history settings applied: its limits fill those the command line left open, and files out of
 * the scan's include/exclude scope are taken out of every commit.
 */
final class ConfiguredHistory {

    private ConfiguredHistory() {
    }

    /**
     * {@code options} with readiness.yml's since and commits where {@code options} sets none; a period
     * ("12 months") counts back from the time of the commit the walk starts at, so results stay reproducible.
     */
    static HistoryOptions options(HistoryOptions options, HistorySettings file, Repository repository)
            throws IOException {
        Integer commits = options.maxCommits() != null ? options.maxCommits() : file.commits();
        Instant since = options.since();
        if (since == null && file.since() != null) {
            since = file.since().atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (since == null && file.sinceAgo() != null) {
            since = startTime(repository, options).atZone(ZoneOffset.UTC).minus(file.sinceAgo()).toInstant();
        }
        return new HistoryOptions(commits, since, options.recentWindow(), options.firstParentOnly(), options.threads(),
                options.botAuthors(), options.ref());
    }

    /** {@code history} without the changes to files {@code inScope} rejects. */
    static History restrictedTo(History history, Predicate<String> inScope, HistoryOptions options) {
        List<Commit> commits = history.commits().stream().map(commit -> new Commit(commit.id(), commit.authorName(),
                commit.authorEmail(), commit.time(), commit.message(), commit.parents(),
                commit.changes().stream().filter(change -> inScope(change, inScope)).toList())).toList();
        return new History(commits, options.recentWindow(), history.shallow(), history.limited());
    }

    private static boolean inScope(FileChange change, Predicate<String> inScope) {
        return inScope.test(change.path());
    }

    private static Instant startTime(Repository repository, HistoryOptions options) throws IOException {
        ObjectId start = repository.resolve(HistoryReader.startOf(options));
        if (start == null) {
            return Instant.now();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return Instant.ofEpochSecond(walk.parseCommit(start).getCommitTime());
        }
    }
}
