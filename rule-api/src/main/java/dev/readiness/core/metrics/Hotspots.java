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
 * file that changed at least {@value #MIN_RECENT_REVISIONS} times, ranked by its {@link FileRisk} (size and changes;
 * ties: path); the first {@value #MAX_REPORTED} are reported. Health does not decide: backtested, it added nothing
 * to size and changes, and a green file that keeps changing got fixes as often (docs/validation.md).
 */
public final class Hotspots {

    public static final double MOST_CHANGED_SHARE = 0.25;
    public static final int MIN_RECENT_REVISIONS = 3;
    public static final int MAX_REPORTED = 10;

    private static final Comparator<ChangedFile> MOST_CHANGES_FIRST = Comparator.comparingInt(ChangedFile::changes)
            .reversed().thenComparing(ChangedFile::path);
    private static final Comparator<ChangedFile> HIGHEST_RISK_FIRST = Comparator
            .comparingDouble(ChangedFile::risk).reversed().thenComparing(ChangedFile::path);

    /** A file with its health and how many times it changed. */
    public record ChangedFile(FileHealth file, int changes) {

        public String path() {
            return file.path();
        }

        /** The chance of a defect fix within a year, from the file's size and changes ({@link FileRisk}). */
        public double risk() {
            return FileRisk.of(file.linesOfCode(), changes);
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
                .filter(file -> file.changes() >= MIN_RECENT_REVISIONS)
                .sorted(HIGHEST_RISK_FIRST)
                .toList();
        return new Hotspots(changed.size(), most.stream().map(ChangedFile::file).toList(), hotspots);
    }

    /** Every file of {@code files} that changed at least once, highest risk first (ties: path). */
    public static List<ChangedFile> byRisk(Collection<FileHealth> files, ToIntFunction<String> changes) {
        return changed(files, changes).sorted(HIGHEST_RISK_FIRST).toList();
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

    /** Every hotspot, highest risk first. */
    public List<ChangedFile> all() {
        return all;
    }

    /** The hotspots that are reported and shown: the first {@value #MAX_REPORTED}. */
    public List<ChangedFile> reported() {
        return all.subList(0, Math.min(all.size(), MAX_REPORTED));
    }
}
