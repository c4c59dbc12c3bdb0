package dev.readiness.core.source;

import java.util.List;

/**
 * The raw type references of one file, kept unresolved so they can be cached with the file: its package,
 * its imports and, for each declared type, the names it uses with the line of the first use. Names are
 * resolved against the whole repository by {@code dev.readiness.core.graph.DependencyGraph}.
 */
public record DependencyFacts(String packageName, List<Import> imports, List<TypeDependencies> types) {

    public static final DependencyFacts NONE = new DependencyFacts("", List.of(), List.of());

    public DependencyFacts {
        packageName = packageName == null ? "" : packageName;
        imports = imports == null ? List.of() : List.copyOf(imports);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /**
     * An import: {@code name} is the imported type, or the package (or type) of a wildcard import; for a
     * static import it is the class the member comes from.
     */
    public record Import(String name, boolean wildcard, boolean isStatic, int line) {
    }

    /**
     * A declared type (qualified name), whether it is abstract (interface, annotation, abstract class), what it
     * uses, and the names as written of its own annotations and of the types it extends or implements (without
     * type arguments), for conventions such as {@code @RestController} or {@code extends JpaRepository}.
     */
    public record TypeDependencies(String type, boolean isAbstract, List<TypeReference> references,
                                   List<String> annotations, List<String> supertypes) {

        public TypeDependencies {
            references = List.copyOf(references);
            annotations = annotations == null ? List.of() : List.copyOf(annotations);
            supertypes = supertypes == null ? List.of() : List.copyOf(supertypes);
        }

        /** A type known only by its references (no annotation or supertype facts). */
        public TypeDependencies(String type, boolean isAbstract, List<TypeReference> references) {
            this(type, isAbstract, references, List.of(), List.of());
        }
    }

    /**
     * A name as written in the code (simple, nested {@code Outer.Inner} or fully qualified) and the line of
     * its first use. {@code certain} is false for names taken from expressions ({@code X.call()}), which
     * may be variables: unresolved, they are dropped instead of becoming external types.
     */
    public record TypeReference(String name, int line, boolean certain) {
    }
}
