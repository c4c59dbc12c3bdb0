package dev.readiness.rules.history;

import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.Authorship;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Files nobody still here knows. Only files that matter are considered: changed in the recent window, or among the
 * top {@value #MOST_CHANGED_PERCENT}% of files by revisions. A file that {@value #SHARED_BY} or more current people
 * (who made a commit in the recent window) changed in its latest year of work ({@link Authorship#latestWork}) is
 * known to them, whoever wrote it. Otherwise it is an island when everyone who knows it ({@link Authorship#knowers}:
 * its authors, and the authors of its latest year of work) has made no commit for {@value #INACTIVE_MONTHS} months
 * before the HEAD commit. Sweeps are no changes here ({@link History}).
 */
final class KnowledgeIslands {

    static final int INACTIVE_MONTHS = 6;
    static final int MOST_CHANGED_PERCENT = 10;
    static final int SHARED_BY = 2;

    /** A file known only by departed people (author keys, sorted), and the newest activity among them. */
    record Island(String path, List<String> authors, int recentRevisions, Instant lastActivity) {
    }

    private KnowledgeIslands() {
    }

    static List<Island> find(History history, Predicate<String> include) {
        List<FileHistory> files = history.files().values().stream().filter(file -> include.test(file.path())).toList();
        int mostChangedLimit = mostChangedLimit(files);
        Instant inactiveSince = history.headTime().atZone(ZoneOffset.UTC).minusMonths(INACTIVE_MONTHS).toInstant();
        Map<String, Instant> lastActivity = new HashMap<>();
        List<Island> islands = new ArrayList<>();
        for (FileHistory file : files) {
            if (file.recentRevisions() == 0 && file.revisions() < mostChangedLimit
                    || currentPeopleInLatestWork(history, file) >= SHARED_BY) {
                continue;
            }
            List<String> knowers = List.copyOf(Authorship.knowers(file));
            Instant newest = knowers.stream()
                    .map(author -> lastActivity.computeIfAbsent(author, key -> history.lastActivity(key).orElseThrow()))
                    .max(Comparator.naturalOrder()).orElse(Instant.MAX);
            if (newest.isBefore(inactiveSince)) {
                islands.add(new Island(file.path(), knowers, file.recentRevisions(), newest));
            }
        }
        return islands;
    }

    /** How many people who made a commit in the recent window changed the file in its latest year of work. */
    private static long currentPeopleInLatestWork(History history, FileHistory file) {
        Instant windowStart = history.recentWindowStart();
        return Authorship.latestWork(file).stream().map(FileHistory.Revision::author).distinct()
                .filter(author -> !history.lastActivity(author).orElseThrow().isBefore(windowStart)).count();
    }

    /** The revision count a file needs to be among the most changed (the top 10%, at least one file). */
    private static int mostChangedLimit(List<FileHistory> files) {
        List<Integer> revisions = files.stream().map(FileHistory::revisions).sorted(Comparator.reverseOrder()).toList();
        if (revisions.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int head = (int) Math.ceil(revisions.size() * MOST_CHANGED_PERCENT / 100.0);
        return revisions.get(head - 1);
    }
}
