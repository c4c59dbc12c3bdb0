package dev.readiness.core.repo;

/** The bytes of a file and their Git blob id (the content-addressed key for caches and baselines). */
public record FileContent(byte[] bytes, String blobId) {
}
