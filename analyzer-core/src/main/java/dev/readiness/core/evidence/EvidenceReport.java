package dev.readiness.core.evidence;

import java.nio.file.Path;

/**
 * A report to read: its format, file, and the module directory it was found in ("" for the root or a
 * report given on the command line).
 */
public record EvidenceReport(ReportKind kind, Path file, String moduleDirectory) {
}
