package dev.readiness.core.analysis;

import java.util.Optional;

/** Gives reporters a file's text by repository-relative path (for line-hash fingerprints and snippets). */
@FunctionalInterface
public interface SourceTexts {

    Optional<String> text(String path);
}
