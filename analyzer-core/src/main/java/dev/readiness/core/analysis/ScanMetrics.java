package dev.readiness.core.analysis;

import java.util.Map;
import java.util.TreeMap;

/** Sizes of what was scanned: files by kind, Java files parsed / failed / skipped, lines, modules, types. */
public record ScanMetrics(Map<String, Integer> filesByKind, int javaFiles, int javaFilesParsed, int javaFilesFailed,
                          int javaFilesSkipped, long linesOfCode, int modules, int types) {

    public ScanMetrics {
        filesByKind = new TreeMap<>(filesByKind);
    }

    public int totalFiles() {
        return filesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
