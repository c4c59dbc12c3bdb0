package dev.readiness.core.source;

import dev.readiness.core.source.testcode.TestFacts;
import java.util.List;

/**
 * What the engine keeps of a parsed Java file once its tree is dropped: its size in lines and lines
 * of code (lines holding at least one token that is not a comment), the types it declares and, for test
 * code only, its tests and helpers (null for production code), the raw type references it makes, its
 * in-source suppressions and, for production code, what its public types document.
 */
public record FileFacts(String path, String blobId, int lines, int linesOfCode, List<TypeInfo> types,
                        TestFacts tests, DependencyFacts dependencies, List<SuppressionMarker> suppressions,
                        List<ApiDocFacts> apiDocs) {

    public FileFacts {
        types = List.copyOf(types);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        apiDocs = apiDocs == null ? List.of() : List.copyOf(apiDocs);
        dependencies = dependencies == null ? DependencyFacts.NONE : dependencies;
    }

    /** Facts of a production file without test or dependency facts (tests build these). */
    public FileFacts(String path, String blobId, int lines, int linesOfCode, List<TypeInfo> types) {
        this(path, blobId, lines, linesOfCode, types, null, DependencyFacts.NONE, List.of(), List.of());
    }

    public boolean isTestCode() {
        return tests != null;
    }
}
