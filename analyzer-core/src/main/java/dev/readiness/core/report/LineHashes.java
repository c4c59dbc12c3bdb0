package dev.readiness.core.report;

import dev.readiness.core.analysis.SourceTexts;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link PrimaryLocationLineHash}es per file for one report, computed once per file however many findings it has. */
final class LineHashes {

    private final SourceTexts sources;
    private final Map<String, Optional<PrimaryLocationLineHash>> byPath = new HashMap<>();

    LineHashes(SourceTexts sources) {
        this.sources = sources;
    }

    /** The hash of {@code line} in {@code path}; empty when the text is unavailable or has no such line. */
    Optional<String> hash(String path, int line) {
        return byPath.computeIfAbsent(path, this::load).flatMap(hashes -> hashes.forLine(line));
    }

    private Optional<PrimaryLocationLineHash> load(String path) {
        if (sources == null) {
            return Optional.empty();
        }
        try {
            return sources.text(path).map(PrimaryLocationLineHash::of);
        } catch (UncheckedIOException e) {
            // An unreadable file only costs the optional fingerprint; GitHub computes it when it can.
            return Optional.empty();
        }
    }
}
