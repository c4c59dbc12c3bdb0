package dev.readiness.core.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Code health of all production files (by path): the mean weighted by lines of code (null when there is
 * no code), the share of lines of code in each band and the least healthy files.
 */
public record CodeHealthSummary(List<FileHealth> files, long linesOfCode, Double weightedHealth, double greenShare,
                                double yellowShare, double redShare) {

    public static final CodeHealthSummary EMPTY = of(List.of());

    /** Least healthy first; among equals the larger file, then path order. */
    public static final Comparator<FileHealth> WORST_FIRST = Comparator.comparingDouble(FileHealth::health)
            .thenComparing(Comparator.comparingInt(FileHealth::linesOfCode).reversed())
            .thenComparing(FileHealth::path);

    public CodeHealthSummary {
        files = files.stream().sorted(Comparator.comparing(FileHealth::path)).toList();
    }

    public static CodeHealthSummary of(List<FileHealth> files) {
        long lines = files.stream().mapToLong(FileHealth::linesOfCode).sum();
        if (lines == 0) {
            return new CodeHealthSummary(files, 0, null, 0, 0, 0);
        }
        double weighted = files.stream().mapToDouble(file -> file.health() * file.linesOfCode()).sum() / lines;
        return new CodeHealthSummary(files, lines, Math.round(weighted * 100) / 100.0, share(files, HealthBand.GREEN,
                lines), share(files, HealthBand.YELLOW, lines), share(files, HealthBand.RED, lines));
    }

    /** This summary with {@code file} in place of the file of the same path. */
    public CodeHealthSummary replacing(FileHealth file) {
        int at = indexOf(file.path());
        if (at < 0) {
            return of(files);
        }
        List<FileHealth> replaced = new ArrayList<>(files);
        replaced.set(at, file);
        return of(replaced);
    }

    /** The health of the file at {@code path}, when it is a production file of this summary. */
    public Optional<FileHealth> file(String path) {
        int at = indexOf(path);
        return at < 0 ? Optional.empty() : Optional.of(files.get(at));
    }

    /** Where the file at {@code path} is in {@link #files()} (sorted by path), else a negative number. */
    private int indexOf(String path) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = files.get(middle).path().compareTo(path);
            if (order == 0) {
                return middle;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The {@code count} least healthy files with at least one biomarker. */
    public List<FileHealth> worst(int count) {
        return files.stream().filter(file -> !file.biomarkers().isEmpty()).sorted(WORST_FIRST).limit(count).toList();
    }

    private static double share(List<FileHealth> files, HealthBand band, long lines) {
        long inBand = files.stream().filter(file -> file.band() == band).mapToLong(FileHealth::linesOfCode).sum();
        return Math.round(inBand * 10_000.0 / lines) / 10_000.0;
    }
}
