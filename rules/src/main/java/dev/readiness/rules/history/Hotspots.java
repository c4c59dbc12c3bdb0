package dev.readiness.rules.history;

import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks files by recent change frequency × complexity and keeps the head of the distribution. Complexity
 * of a Java file = lines of code + {@value #LINES_PER_METHOD} per method; score = recent revisions × complexity.
 */
final class Hotspots {

    static final int LINES_PER_METHOD = 5;
    static final double TOP_SHARE = 0.10;
    static final int MIN_RECENT_REVISIONS = 3;
    static final int MAX_REPORTED = 10;

    /** Size of one file: lines of code and number of methods (constructors included). */
    record Size(int linesOfCode, int methods) {
        int complexity() {
            return linesOfCode + LINES_PER_METHOD * methods;
        }
    }

    /** A ranked file; {@code rank} is 1-based among {@code ranked} files changed in the window. */
    record Hotspot(String path, int recentRevisions, Size size, long score, int rank, int ranked) {
    }

    private Hotspots() {
    }

    /** The reported hotspots among {@code sizes}' files, best first. */
    static List<Hotspot> top(History history, Map<String, Size> sizes) {
        List<Hotspot> ranked = rank(history, sizes);
        int head = (int) Math.ceil(ranked.size() * TOP_SHARE);
        return ranked.stream()
                .filter(hotspot -> hotspot.rank() <= head && hotspot.recentRevisions() >= MIN_RECENT_REVISIONS)
                .limit(MAX_REPORTED)
                .toList();
    }

    /** Every file of {@code sizes} changed in the recent window, by score (ties: path). */
    static List<Hotspot> rank(History history, Map<String, Size> sizes) {
        List<Hotspot> changed = new ArrayList<>();
        sizes.forEach((path, size) -> history.file(path).filter(file -> file.recentRevisions() > 0)
                .ifPresent(file -> changed.add(unranked(file, size))));
        changed.sort(Comparator.comparingLong(Hotspot::score).reversed().thenComparing(Hotspot::path));
        List<Hotspot> result = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            Hotspot hotspot = changed.get(i);
            result.add(new Hotspot(hotspot.path(), hotspot.recentRevisions(), hotspot.size(), hotspot.score(), i + 1,
                    changed.size()));
        }
        return result;
    }

    private static Hotspot unranked(FileHistory file, Size size) {
        return new Hotspot(file.path(), file.recentRevisions(), size, (long) file.recentRevisions() * size.complexity(),
                0, 0);
    }
}
