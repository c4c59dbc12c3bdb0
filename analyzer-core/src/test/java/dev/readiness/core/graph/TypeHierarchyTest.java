package dev.readiness.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TypeHierarchyTest {

    private static final Map<String, String> LIBRARY = new TreeMap<>(Map.of(
            "lib/api/Named.java", """
                    package lib.api;

                    public interface Named {
                        String name();
                        void rename(String name);
                    }
                    """,
            "lib/api/Store.java", """
                    package lib.api;

                    public interface Store<K, V> extends Named, java.io.Closeable {
                        V load(K key);
                        void save(K key, V value);
                    }
                    """,
            "lib/impl/BaseStore.java", """
                    package lib.impl;

                    import lib.api.Store;

                    public abstract class BaseStore<V> implements Store<String, V> {
                        protected BaseStore(int capacity) { }
                        public String name() { return "base"; }
                    }
                    """,
            "lib/impl/FileStore.java", """
                    package lib.impl;

                    import java.util.List;

                    public class FileStore extends BaseStore<List<String>> implements Comparable<FileStore> {
                        public FileStore() { super(1); }
                        public List<String> load(String key) { return null; }
                        public void save(String key, List<String> value) { }
                        public int compareTo(FileStore other) { return 0; }
                        public void compact() { }
                    }
                    """));

    private static TypeHierarchy hierarchy() {
        List<FileFacts> facts = LIBRARY.entrySet().stream().map(entry -> facts(entry.getKey(), entry.getValue()))
                .toList();
        return TypeHierarchy.of(new SourceFacts(facts), new TypeIndex(facts));
    }

    private static FileFacts facts(String path, String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        RepoFile file = new RepoFile(path, FileKind.PRODUCTION, "", bytes.length, "blob");
        return ((ParseOutcome.Parsed) new JavaSourceParser().parse(file, bytes, "blob")).facts();
    }

    @Test
    void resolvesDirectSupertypesThroughImportsSamePackageAndJavaLang() {
        TypeHierarchy hierarchy = hierarchy();

        assertThat(hierarchy.directSupertypes("lib.impl.FileStore"))
                .containsExactly("lib.impl.BaseStore", "java.lang.Comparable");
        assertThat(hierarchy.directSupertypes("lib.api.Store")).containsExactly("lib.api.Named", "java.io.Closeable");
    }

    @Test
    void followsRepositoryTypesTransitivelyAndLeavesLibraryTypesOut() {
        assertThat(hierarchy().supertypesInRepository("lib.impl.FileStore"))
                .containsExactly("lib.impl.BaseStore", "lib.api.Store", "lib.api.Named");
    }

    @Test
    void knowsMethodsDeclaredBySupertypesInTheRepositoryByNameAndParameterTypes() {
        TypeHierarchy hierarchy = hierarchy();

        // Store<K, V> declares load(K) and save(K, V): the variables match the concrete types
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "load", List.of("String"))).isTrue();
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "save", List.of("String", "List")))
                .isTrue();
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "name", List.of())).isTrue();
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "save", List.of("String"))).isFalse();
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "compact", List.of())).isFalse();
        // an overload with other parameter types is the type's own method
        assertThat(hierarchy.inheritsFromRepository("lib.impl.BaseStore", "rename", List.of("long"))).isFalse();
        assertThat(hierarchy.inheritsFromRepository("lib.impl.BaseStore", "rename", List.of("java.lang.String")))
                .isTrue();
        // Comparable is outside the repository: what it declares is not known
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "compareTo", List.of("FileStore")))
                .isFalse();
        // a constructor is not inherited
        assertThat(hierarchy.inheritsFromRepository("lib.impl.FileStore", "BaseStore", List.of("int"))).isFalse();
    }
}
