package dev.readiness.core.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every type declared in the scanned sources, by fully qualified name. A name declared in several files
 * (e.g. the same class in two modules) keeps all declarations, in path order.
 */
public final class TypeIndex {

    // hash maps: resolving every reference of a large repository looks names up millions of times
    private final Map<String, List<TypeInfo>> byQualifiedName = new HashMap<>();
    private final Map<String, List<TypeInfo>> bySimpleName = new HashMap<>();

    public TypeIndex(Collection<FileFacts> files) {
        files.stream()
                .sorted(java.util.Comparator.comparing(FileFacts::path))
                .flatMap(file -> file.types().stream())
                .forEach(type -> {
                    byQualifiedName.computeIfAbsent(type.qualifiedName(), name -> new ArrayList<>()).add(type);
                    bySimpleName.computeIfAbsent(type.simpleName(), name -> new ArrayList<>()).add(type);
                });
    }

    /** Types declared with this qualified name (several when modules repeat one), empty when none. */
    public List<TypeInfo> find(String qualifiedName) {
        return byQualifiedName.getOrDefault(qualifiedName, List.of());
    }

    /** Types declared with this simple name in any package. */
    public List<TypeInfo> findBySimpleName(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }

    /** Whether the repository declares a type with this qualified name. */
    public boolean contains(String qualifiedName) {
        return byQualifiedName.containsKey(qualifiedName);
    }

    /** All declarations in name order. */
    public List<TypeInfo> all() {
        return new TreeMap<>(byQualifiedName).values().stream().flatMap(List::stream).toList();
    }

    /** The number of distinct qualified type names. */
    public int size() {
        return byQualifiedName.size();
    }
}
