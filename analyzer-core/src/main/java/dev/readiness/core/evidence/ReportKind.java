package dev.readiness.core.evidence;

/** The report formats read as test evidence. */
public enum ReportKind { PIT, JACOCO }
