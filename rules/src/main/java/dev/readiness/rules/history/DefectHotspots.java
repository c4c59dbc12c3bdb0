package dev.readiness.rules.history;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.CommitKind;
import dev.readiness.core.history.CommitKinds;
import dev.readiness.core.history.History;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files where defect fixes ({@link CommitKind#DEFECT_FIX}, as {@link History#kindOf} decides) concentrate in the
 * recent window. A file's revisions there are the commits that are neither merges nor sweeps, its fixes the distinct
 * defects among them ({@link CommitKinds#defectKey}); it is a defect hotspot with at least {@value #MIN_FIXES} fixes
 * that make at least half of its revisions.
 */
final class DefectHotspots {

    static final int MIN_FIXES = 3;
    static final double MIN_FIX_SHARE = 0.5;
    static final int MAX_REPORTED = 10;

    /** A file's fixes among its revisions in the window. */
    record Fragile(String path, int fixes, int revisions) {
        double share() {
            return fixes / (double) revisions;
        }

        int sharePercent() {
            return (int) Math.round(share() * 100);
        }
    }

    private DefectHotspots() {
    }

    /** Files accepted by {@code include} where fixes concentrate, most fixes first (then share, path). */
    static List<Fragile> find(History history, Predicate<String> include) {
        Map<String, Integer> revisions = new HashMap<>();
        Map<String, Set<String>> fixes = new HashMap<>();
        for (Commit commit : history.recentCommits()) {
            CommitKind kind = history.kindOf(commit);
            if (kind == CommitKind.MERGE || kind == CommitKind.SWEEP) {
                continue;
            }
            for (String path : new LinkedHashSet<>(history.currentPathsOf(commit))) {
                revisions.merge(path, 1, Integer::sum);
                if (kind == CommitKind.DEFECT_FIX) {
                    fixes.computeIfAbsent(path, key -> new HashSet<>()).add(CommitKinds.defectKey(commit));
                }
            }
        }
        return fixes.entrySet().stream()
                .filter(entry -> include.test(entry.getKey()))
                .map(entry -> new Fragile(entry.getKey(), entry.getValue().size(), revisions.get(entry.getKey())))
                .filter(file -> file.fixes() >= MIN_FIXES && file.share() >= MIN_FIX_SHARE)
                .sorted(Comparator.comparingInt(Fragile::fixes).reversed()
                        .thenComparing(Comparator.comparingDouble(Fragile::share).reversed())
                        .thenComparing(Fragile::path))
                .limit(MAX_REPORTED)
                .toList();
    }
}
