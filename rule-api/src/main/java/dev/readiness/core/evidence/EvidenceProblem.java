package dev.readiness.core.evidence;

/** A report that could not be used: its path (repository-relative when inside it) and why. */
public record EvidenceProblem(String path, String message) {
}
