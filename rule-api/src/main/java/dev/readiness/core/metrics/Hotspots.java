package dev.readiness.core.metrics;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The one definition of a hotspot, used by the history/hotspot rule, the history score and the HTML hotspot
 * chart. Change frequency = a file's revisions in the recent window (sweeps are not revisions,
 * {@link dev.readiness.core.history.CommitKinds}). The most-changed files = the top quarter
 * (rounded up) of the files changed in the window, by change frequency (ties: path). A hotspot = a most-changed
 * file that is not green (health below 9) and changed at least {@value #MIN_RECENT_REVISIONS} times, ranked by
 * changes × (10 − health) (ties: path); the first {@value #MAX_REPORTED} are reported.
 */
public final class Hotspots {

    public static final double MOST_CHANGED_SHARE = 0.25;
    public static final int MIN_RECENT_REVISIONS = 3;
    public static final int MAX_REPORTED = 10;
    /** Health 10 in tenths: scores are kept in tenths of a point, so ranking never depends on rounding. */
    private static final int PERFECT_TENTHS = 100;

    private static final Comparator<ChangedFile> MOST_CHANGES_FIRST = Comparator.comparingInt(ChangedFile::changes)
            .reversed().thenComparing(ChangedFile::path);
    private static final Comparator<ChangedFile> HIGHEST_SCORE_FIRST = Comparator
            .comparingLong(ChangedFile::scoreTenths).reversed().thenComparing(ChangedFile::path);

    /** A file with its health and how many times it changed. */
    public record ChangedFile(FileHealth file, int changes) {

        public String path() {
            return file.path();
        }

        /** changes × (10 − health), in tenths of a point. */
        public long scoreTenths() {
            return changes * (PERFECT_TENTHS - Math.round(file.health() * 10));
        }

        /** changes × (10 − health). */
        public double score() {
            return scoreTenths() / 10.0;
        }
    }

    private final int changedFiles;
    private final List<FileHealth> mostChanged;
    private final List<ChangedFile> all;

    private Hotspots(int changedFiles, List<FileHealth> mostChanged, List<ChangedFile> all) {
        this.changedFiles = changedFiles;
        this.mostChanged = mostChanged;
        this.all = all;
    }

    /**
     * The hotspots among {@code files} (production files with their health), {@code recentRevisions} giving each
     * path's revisions in the recent window.
     */
    public static Hotspots of(Collection<FileHealth> files, ToIntFunction<String> recentRevisions) {
        List<ChangedFile> changed = changed(files, recentRevisions).sorted(MOST_CHANGES_FIRST).toList();
        List<ChangedFile> most = changed.subList(0, (int) Math.ceil(changed.size() * MOST_CHANGED_SHARE));
        List<ChangedFile> hotspots = most.stream()
                .filter(file -> file.changes() >= MIN_RECENT_REVISIONS && file.file().health() < HealthBand.GREEN_FROM)
                .sorted(HIGHEST_SCORE_FIRST)
                .toList();
        return new Hotspots(changed.size(), most.stream().map(ChangedFile::file).toList(), hotspots);
    }

    /** Every file of {@code files} that changed at least once, by the hotspot score (ties: path). */
    public static List<ChangedFile> byScore(Collection<FileHealth> files, ToIntFunction<String> changes) {
        return changed(files, changes).sorted(HIGHEST_SCORE_FIRST).toList();
    }

    private static Stream<ChangedFile> changed(Collection<FileHealth> files, ToIntFunction<String> changes) {
        return files.stream().map(file -> new ChangedFile(file, changes.applyAsInt(file.path())))
                .filter(file -> file.changes() > 0);
    }

    /** How many files changed in the recent window. */
    public int changedFiles() {
        return changedFiles;
    }

    /** The most-changed files, most changes first (ties: path). */
    public List<FileHealth> mostChanged() {
        return mostChanged;
    }

    /** Every hotspot, highest score first. */
    public List<ChangedFile> all() {
        return all;
    }

    /** The hotspots that are reported and shown: the first {@value #MAX_REPORTED}. */
    public List<ChangedFile> reported() {
        return all.subList(0, Math.min(all.size(), MAX_REPORTED));
    }
}
