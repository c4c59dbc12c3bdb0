package dev.readiness.core.analysis;

import java.util.Optional;

/** Gives reporters a file's text by repository-relative path (for line-hash fingerprints and snippets). */
@FunctionalInterface
public interface SourceTexts {

    /** No file texts at all. */
    SourceTexts NONE = path -> Optional.empty();

    Optional<String> text(String path);
}
