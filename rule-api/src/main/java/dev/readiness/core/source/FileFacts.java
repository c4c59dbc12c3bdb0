package dev.readiness.core.source;

import dev.readiness.core.source.testcode.TestFacts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the engine keeps of a parsed Java file once its tree is dropped: its size in lines and lines
 * of code (lines holding at least one token that is not a comment), the types it declares and, for test
 * code only, its tests and helpers (null for production code), the raw type references it makes, its
 * in-source suppressions and the facts rules took from its tree through a
 * {@link dev.readiness.core.rule.FactExtractor} (by the record's class name).
 */
public record FileFacts(String path, String blobId, int lines, int linesOfCode, List<TypeInfo> types,
                        TestFacts tests, DependencyFacts dependencies, List<SuppressionMarker> suppressions,
                        Map<String, Object> extracted) {

    public FileFacts {
        types = List.copyOf(types);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        extracted = extracted == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extracted));
        dependencies = dependencies == null ? DependencyFacts.NONE : dependencies;
    }

    /** Facts of a production file without test or dependency facts (tests build these). */
    public FileFacts(String path, String blobId, int lines, int linesOfCode, List<TypeInfo> types) {
        this(path, blobId, lines, linesOfCode, types, null, DependencyFacts.NONE, List.of(), Map.of());
    }

    public boolean isTestCode() {
        return tests != null;
    }

    /** The facts of {@code type} a rule's extractor took from this file; empty when it took none. */
    public <T extends Record> Optional<T> extracted(Class<T> type) {
        Object facts = extracted.get(type.getName());
        return type.isInstance(facts) ? Optional.of(type.cast(facts)) : Optional.empty();
    }

    /** These facts with {@code facts} as what the extractors took, by record class name. */
    public FileFacts withExtracted(Map<String, Object> facts) {
        return new FileFacts(path, blobId, lines, linesOfCode, types, tests, dependencies, suppressions, facts);
    }
}
