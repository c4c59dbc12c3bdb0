package dev.readiness.core.source;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Facts of all parsed Java files, by path, in path order. */
public final class SourceFacts {

    private final Map<String, FileFacts> byPath = new TreeMap<>();

    public SourceFacts(Collection<FileFacts> facts) {
        facts.forEach(fileFacts -> byPath.put(fileFacts.path(), fileFacts));
    }

    /** The facts of the parsed Java file at {@code path}, empty when it was not parsed. */
    public Optional<FileFacts> of(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The facts of every parsed Java file. */
    public Collection<FileFacts> all() {
        return byPath.values();
    }

    /** Lines of code summed over all parsed files, production and test. */
    public long totalLinesOfCode() {
        return byPath.values().stream().mapToLong(FileFacts::linesOfCode).sum();
    }
}
