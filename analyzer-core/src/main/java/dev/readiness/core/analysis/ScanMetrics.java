package dev.readiness.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes of what was scanned: files by role, Java files parsed / failed / skipped, lines, modules, types, and how
 * the files got their roles (one entry per root and reason).
 */
public record ScanMetrics(Map<String, Integer> filesByKind, int javaFiles, int javaFilesParsed, int javaFilesFailed,
                          int javaFilesSkipped, long linesOfCode, int modules, int types, List<FileRoleSummary> fileRoles) {

    /** Nothing scanned. */
    public static final ScanMetrics EMPTY = new ScanMetrics(Map.of(), 0, 0, 0, 0, 0, 0, 0);

    public ScanMetrics {
        filesByKind = new TreeMap<>(filesByKind);
        fileRoles = fileRoles == null ? List.of() : fileRoles.stream().sorted().toList();
    }

    /** Sizes without the role decisions. */
    public ScanMetrics(Map<String, Integer> filesByKind, int javaFiles, int javaFilesParsed, int javaFilesFailed,
                       int javaFilesSkipped, long linesOfCode, int modules, int types) {
        this(filesByKind, javaFiles, javaFilesParsed, javaFilesFailed, javaFilesSkipped, linesOfCode, modules, types,
                List.of());
    }

    public int totalFiles() {
        return filesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
