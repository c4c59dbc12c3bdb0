package dev.readiness.core.analysis;

import java.util.Map;
import java.util.TreeMap;

/** Sizes of what was scanned: files by kind, Java files parsed / failed / skipped, lines, modules, types. */
public record ScanMetrics(Map<String, Integer> filesByKind, int javaFiles, int javaFilesParsed, int javaFilesFailed,
                          int javaFilesSkipped, long linesOfCode, int modules, int types) {

    /** Nothing scanned. */
    public static final ScanMetrics EMPTY = new ScanMetrics(Map.of(), 0, 0, 0, 0, 0, 0, 0);

    public ScanMetrics {
        filesByKind = new TreeMap<>(filesByKind);
    }

    public int totalFiles() {
        return filesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
