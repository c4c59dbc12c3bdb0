package dev.readiness.core.source;

import dev.readiness.core.repo.FileRoles;
import java.util.Optional;

/** The result of reading one Java file: parsed, failed to parse, or skipped on purpose. */
public sealed interface ParseOutcome {

    /** Parsed; {@code warning} says when the text needed a fallback decoding. */
    record Parsed(JavaFile file, FileFacts facts, Optional<String> warning) implements ParseOutcome {
    }

    /** Not valid Java at the given 1-based position (0 when unknown). */
    record Failed(String path, String message, int line, int column) implements ParseOutcome {
    }

    /** Written by a tool ({@link dev.readiness.core.repo.FileRoles#hasGeneratedHeader}): neither judged nor measured. */
    record Generated(String path) implements ParseOutcome {
    }

    /** Not analysed on purpose (binary, too large); the reason is user-facing. */
    record Skipped(String path, String reason) implements ParseOutcome {
    }
}
