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

    public Optional<FileFacts> of(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Collection<FileFacts> all() {
        return byPath.values();
    }

    public long totalLinesOfCode() {
        return byPath.values().stream().mapToLong(FileFacts::linesOfCode).sum();
    }
}
