package dev.readiness.rules.history;

import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import dev.readiness.core.metrics.HealthBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks files by recent change frequency × unhealthiness and keeps the head of the distribution.
 * Unhealthiness = 10 − code health (0 for a perfectly healthy file, 9 for the worst); the score is kept in
 * tenths (recent revisions × (100 − 10 × health)) so ranking is exact. A hotspot must also be unhealthy:
 * a file in the green band is never reported, however often it changes.
 */
final class Hotspots {

    static final double TOP_SHARE = 0.10;
    static final int MIN_RECENT_REVISIONS = 3;
    static final int MAX_REPORTED = 10;
    private static final int PERFECT_TENTHS = 100;

    /** A ranked file; {@code rank} is 1-based among {@code ranked} files changed in the window. */
    record Hotspot(String path, int recentRevisions, double health, long score, int rank, int ranked) {

        /** The score in points: changes × (10 − health). */
        double points() {
            return score / 10.0;
        }
    }

    private Hotspots() {
    }

    /** The reported hotspots among {@code health}'s files, best first. */
    static List<Hotspot> top(History history, Map<String, Double> health) {
        List<Hotspot> ranked = rank(history, health);
        int head = (int) Math.ceil(ranked.size() * TOP_SHARE);
        return ranked.stream()
                .filter(hotspot -> hotspot.rank() <= head && hotspot.recentRevisions() >= MIN_RECENT_REVISIONS
                        && HealthBand.of(hotspot.health()) != HealthBand.GREEN)
                .limit(MAX_REPORTED)
                .toList();
    }

    /** Every file of {@code health} changed in the recent window, by score (ties: path). */
    static List<Hotspot> rank(History history, Map<String, Double> health) {
        List<Hotspot> changed = new ArrayList<>();
        health.forEach((path, value) -> history.file(path).filter(file -> file.recentRevisions() > 0)
                .ifPresent(file -> changed.add(unranked(file, value))));
        changed.sort(Comparator.comparingLong(Hotspot::score).reversed().thenComparing(Hotspot::path));
        List<Hotspot> result = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            Hotspot hotspot = changed.get(i);
            result.add(new Hotspot(hotspot.path(), hotspot.recentRevisions(), hotspot.health(), hotspot.score(), i + 1,
                    changed.size()));
        }
        return result;
    }

    private static Hotspot unranked(FileHistory file, double health) {
        long unhealthiness = PERFECT_TENTHS - Math.round(health * 10);
        return new Hotspot(file.path(), file.recentRevisions(), health, file.recentRevisions() * unhealthiness, 0, 0);
    }
}
