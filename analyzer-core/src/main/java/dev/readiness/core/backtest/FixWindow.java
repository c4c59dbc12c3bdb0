package dev.readiness.core.backtest;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.CommitKind;
import dev.readiness.core.history.CommitKinds;
import dev.readiness.core.history.FileChange;
import dev.readiness.core.history.History;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReadException;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.history.MergedCommits;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;

/**
 * The defect fixes of the window after T0, per file as it was named at T0: the window's main-line commits are
 * replayed oldest first, and a file renamed after T0 keeps counting for its T0 path. A main-line merge counts the
 * fixes it brought in (made on a maintenance branch and merged forward), each on the files of the merge it carried.
 */
final class FixWindow {

    /** The fixes of the window: fix commits per T0 path (only files that got one), and the commits counted. */
    record Fixes(Map<String, Integer> byPath, int commits, int fixCommits) {

        int of(String path) {
            return byPath.getOrDefault(path, 0);
        }
    }

    private FixWindow() {
    }

    /**
     * @param plan       which commits make the window
     * @param scope      the scanned subdirectory ("" for the whole repository)
     * @param t0Paths    the files of the tree at T0
     * @param fixPattern a message pattern that makes a non-merge, non-sweep commit a fix; null: {@link CommitKinds}
     * @param bots       the author patterns whose commits are left out, as in a scan
     */
    static Fixes read(Repository repository, BacktestPlan plan, String scope, Collection<String> t0Paths,
                      Pattern fixPattern, List<Pattern> bots) throws HistoryReadException {
        HistoryOptions options = new HistoryOptions(null, plan.t0Time(), Duration.ZERO, true, 1, bots,
                plan.end().name());
        History history = new HistoryReader(repository, scope, options).read();
        Set<String> window = plan.windowCommits();
        List<Commit> commits = new ArrayList<>(history.commits().stream()
                .filter(commit -> window.contains(commit.id())).toList());
        Collections.reverse(commits); // oldest first, to follow renames forward
        CommitKinds kinds = CommitKinds.of(commits);
        Map<String, String> t0PathNow = new HashMap<>();
        t0Paths.forEach(path -> t0PathNow.put(path, path));
        Map<String, Integer> fixes = new TreeMap<>();
        int fixCommits = 0;
        for (Commit commit : commits) {
            List<Commit> fixesIn = commit.isMerge() ? mergedFixes(repository, scope, commit, kinds, fixPattern)
                    : isFix(commit, kinds.kindOf(commit), fixPattern) ? List.of(commit) : List.of();
            fixCommits += fixesIn.size();
            for (Commit fix : fixesIn) {
                for (FileChange change : fix == commit ? commit.changes() : matching(commit.changes(), fix)) {
                    String t0Path = t0PathNow.get(pathBefore(change));
                    if (t0Path != null) {
                        fixes.merge(t0Path, 1, Integer::sum);
                    }
                }
            }
            follow(commit, t0PathNow);
        }
        return new Fixes(fixes, commits.size(), fixCommits);
    }

    /** The fixes among the commits a merge brought in, judged by themselves with the window's reference habit. */
    private static List<Commit> mergedFixes(Repository repository, String scope, Commit merge, CommitKinds window,
                                            Pattern fixPattern) throws HistoryReadException {
        try {
            List<Commit> merged = MergedCommits.of(repository, scope, merge.id());
            CommitKinds kinds = window.forMerged(merged);
            return merged.stream().filter(commit -> isFix(commit, kinds.kindOf(commit), fixPattern)).toList();
        } catch (IOException e) {
            throw new HistoryReadException("cannot read the commits merged by " + merge.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The merge's own changes that carry a merged fix: for each file the fix changed, the merge's change of the file
     * with that name sharing the longest path suffix (a maintenance branch may still have the old layout).
     */
    private static List<FileChange> matching(List<FileChange> mergeChanges, Commit fix) {
        List<FileChange> carried = new ArrayList<>();
        for (FileChange fixed : fix.changes()) {
            FileChange best = null;
            int bestSuffix = 0;
            boolean tie = false;
            for (FileChange change : mergeChanges) {
                int suffix = commonSuffixSegments(change.path(), fixed.path());
                if (suffix > bestSuffix) {
                    best = change;
                    bestSuffix = suffix;
                    tie = false;
                } else if (suffix == bestSuffix && suffix > 0) {
                    tie = true;
                }
            }
            if (best != null && !tie && !carried.contains(best)) {
                carried.add(best);
            }
        }
        return carried;
    }

    /** How many trailing path segments two paths share (the file name is one). */
    private static int commonSuffixSegments(String first, String second) {
        String[] a = first.split("/");
        String[] b = second.split("/");
        int shared = 0;
        while (shared < a.length && shared < b.length && a[a.length - 1 - shared].equals(b[b.length - 1 - shared])) {
            shared++;
        }
        return shared;
    }

    private static String pathBefore(FileChange change) {
        return change.kind() == FileChange.Kind.RENAME ? change.previousPath() : change.path();
    }

    /** Keeps each T0 file's current name: renames move it, deletions end it. */
    private static void follow(Commit commit, Map<String, String> t0PathNow) {
        for (FileChange change : commit.changes()) {
            if (change.kind() == FileChange.Kind.RENAME) {
                String t0Path = t0PathNow.remove(change.previousPath());
                if (t0Path != null) {
                    t0PathNow.put(change.path(), t0Path);
                }
            } else if (change.kind() == FileChange.Kind.DELETE) {
                t0PathNow.remove(change.path());
            }
        }
    }

    private static boolean isFix(Commit commit, CommitKind kind, Pattern fixPattern) {
        if (fixPattern == null) {
            return kind == CommitKind.DEFECT_FIX;
        }
        return kind != CommitKind.MERGE && kind != CommitKind.SWEEP && fixPattern.matcher(commit.message()).find();
    }
}
