package dev.readiness.core.history.metrics;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.CommitKind;
import dev.readiness.core.history.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * code-maat's change coupling over the recent window: for two files, degree = shared revisions / mean of
 * their revisions. Merges, sweeps ({@link CommitKind#SWEEP}: formatting, headers, bulk edits) and change sets of more
 * than {@code maxChangeSetSize} files are ignored; renames are followed through {@link History#currentPathsOf(Commit)}.
 */
public final class CouplingAnalysis {

    /** Thresholds; {@link #DEFAULTS} are code-maat's. */
    public record Thresholds(int minRevisions, int minSharedRevisions, double minDegree, int maxChangeSetSize) {
        public static final Thresholds DEFAULTS = new Thresholds(5, 5, 0.30, 30);
    }

    /** A coupled pair, {@code first} before {@code second} by path; degree 0..1. */
    public record Pair(String first, String second, int firstRevisions, int secondRevisions, int shared) {
        public double degree() {
            return shared / ((firstRevisions + secondRevisions) / 2.0);
        }

        public int degreePercent() {
            return (int) Math.round(degree() * 100);
        }
    }

    private CouplingAnalysis() {
    }

    /** Pairs of files accepted by {@code include} that pass the thresholds, strongest first. */
    public static List<Pair> coupledPairs(History history, Predicate<String> include, Thresholds thresholds) {
        Map<String, Integer> revisions = new HashMap<>();
        Map<Files, Integer> shared = new HashMap<>();
        for (List<String> paths : changeSets(history, include, thresholds)) {
            paths.forEach(path -> revisions.merge(path, 1, Integer::sum));
            countPairs(paths, shared);
        }
        List<Pair> pairs = new ArrayList<>();
        shared.forEach((files, count) -> {
            Pair pair = new Pair(files.first(), files.second(), revisions.get(files.first()),
                    revisions.get(files.second()), count);
            if (passes(pair, thresholds)) {
                pairs.add(pair);
            }
        });
        return strongestFirst(pairs);
    }

    /**
     * The files accepted by {@code include} coupled with {@code path} that pass the thresholds, strongest first; each
     * pair has {@code path} first. Counts as {@link #coupledPairs} does, without pairing every other file.
     */
    public static List<Pair> pairsWith(History history, String path, Predicate<String> include, Thresholds thresholds) {
        Map<String, Integer> revisions = new HashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        for (List<String> paths : changeSets(history, include, thresholds)) {
            paths.forEach(changed -> revisions.merge(changed, 1, Integer::sum));
            if (paths.contains(path)) {
                paths.stream().filter(other -> !other.equals(path)).forEach(other -> shared.merge(other, 1, Integer::sum));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        shared.forEach((other, count) -> {
            Pair pair = new Pair(path, other, revisions.get(path), revisions.get(other), count);
            if (passes(pair, thresholds)) {
                pairs.add(pair);
            }
        });
        return strongestFirst(pairs);
    }

    /**
     * The files of each recent commit that counts (as for {@link #coupledPairs}) and changed both {@code first} and
     * {@code second}: what else changed with the pair.
     */
    public static List<List<String>> sharedChangeSets(History history, String first, String second,
                                                      Thresholds thresholds) {
        return changeSets(history, path -> true, thresholds).stream()
                .filter(paths -> paths.contains(first) && paths.contains(second)).toList();
    }

    /** The files {@code include} accepts of each recent commit that counts: no merge, no sweep, not too large. */
    private static List<List<String>> changeSets(History history, Predicate<String> include, Thresholds thresholds) {
        List<List<String>> sets = new ArrayList<>();
        for (Commit commit : history.recentCommits()) {
            TreeSet<String> all = new TreeSet<>(history.currentPathsOf(commit));
            CommitKind kind = history.kindOf(commit);
            if (kind == CommitKind.MERGE || kind == CommitKind.SWEEP || all.size() > thresholds.maxChangeSetSize()) {
                continue;
            }
            sets.add(all.stream().filter(include).toList());
        }
        return sets;
    }

    private static List<Pair> strongestFirst(List<Pair> pairs) {
        pairs.sort(Comparator.comparingDouble(Pair::degree).reversed().thenComparing(Pair::first)
                .thenComparing(Pair::second));
        return pairs;
    }

    /**
     * Two files counted together. A record, not the paths joined by a separator: a path may hold any character but
     * '/' and NUL, a line break too.
     */
    private record Files(String first, String second) {
    }

    /** {@code paths} sorted and distinct: each pair once. */
    private static void countPairs(List<String> paths, Map<Files, Integer> shared) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                shared.merge(new Files(paths.get(i), paths.get(j)), 1, Integer::sum);
            }
        }
    }

    private static boolean passes(Pair pair, Thresholds thresholds) {
        return pair.firstRevisions() >= thresholds.minRevisions() && pair.secondRevisions() >= thresholds.minRevisions()
                && pair.shared() >= thresholds.minSharedRevisions() && pair.degree() >= thresholds.minDegree();
    }
}
