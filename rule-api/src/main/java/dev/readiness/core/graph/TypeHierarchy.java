package dev.readiness.core.graph;

import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the scanned sources' types extend and implement, resolved against the repository the way the
 * dependency graph resolves names: for each declared type its supertypes as qualified names, those declared in
 * the repository ({@link #supertypesInRepository}, transitively) and the methods they declare. Types outside the
 * repository (JDK, libraries) are known by name only, so what they declare is not known.
 */
public final class TypeHierarchy {

    /** How type variables are conventionally named: {@code T}, {@code E}, {@code K}, {@code V}, {@code T2}, {@code ID}. */
    private static final Pattern TYPE_VARIABLE = Pattern.compile("[A-Z][A-Z0-9]{0,2}");

    private final TypeIndex index;
    private final Map<String, List<String>> directSupertypes = new HashMap<>();
    /** The inverse of {@link #directSupertypes}, made when first asked for. */
    private Map<String, List<String>> directSubtypes;

    private TypeHierarchy(TypeIndex index) {
        this.index = index;
    }

    /** The hierarchy of every type in {@code facts}, supertypes resolved against {@code index}. */
    public static TypeHierarchy of(SourceFacts facts, TypeIndex index) {
        TypeHierarchy hierarchy = new TypeHierarchy(index);
        TypeResolver resolver = new TypeResolver(index);
        for (FileFacts file : facts.all()) {
            for (TypeDependencies type : file.dependencies().types()) {
                List<String> resolved = new ArrayList<>();
                for (String supertype : type.supertypes()) {
                    resolver.resolve(supertype, type.type(), file.dependencies(), true)
                            .ifPresent(found -> resolved.add(found.name()));
                }
                hierarchy.directSupertypes.merge(type.type(), List.copyOf(resolved), TypeHierarchy::union);
            }
        }
        return hierarchy;
    }

    /** The qualified names {@code type} extends or implements directly, repository types or not, as declared. */
    public List<String> directSupertypes(String type) {
        return directSupertypes.getOrDefault(type, List.of());
    }

    /**
     * The repository's types that {@code type} extends or implements, directly or through other repository types,
     * nearest first; a type declared again in several files counts with the supertypes of each declaration.
     */
    public List<String> supertypesInRepository(String type) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(directSupertypes(type));
        while (!pending.isEmpty()) {
            String supertype = pending.poll();
            if (!supertype.equals(type) && index.contains(supertype) && found.add(supertype)) {
                pending.addAll(directSupertypes(supertype));
            }
        }
        return List.copyOf(found);
    }

    /** The repository's types that extend or implement {@code type}, directly or through others. */
    public synchronized List<String> subtypesInRepository(String type) {
        if (directSubtypes == null) {
            directSubtypes = new HashMap<>();
            directSupertypes.forEach((subtype, supertypes) -> supertypes.forEach(supertype ->
                    directSubtypes.computeIfAbsent(supertype, key -> new ArrayList<>()).add(subtype)));
        }
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(directSubtypes.getOrDefault(type, List.of()));
        while (!pending.isEmpty()) {
            String subtype = pending.poll();
            if (!subtype.equals(type) && found.add(subtype)) {
                pending.addAll(directSubtypes.getOrDefault(subtype, List.of()));
            }
        }
        return found.stream().sorted().toList();
    }

    /**
     * Whether a supertype of {@code type} declared in the repository declares a method of this name and these
     * parameter types (as {@link dev.readiness.core.source.Symbols#parameterTypes} gives them). Types are compared
     * by simple name; where the supertype has a type variable ({@code T}, {@code ID}) or {@code Object}, any type
     * matches, since a generic supertype names its parameters by variables its subtypes fill in.
     */
    public boolean inheritsFromRepository(String type, String methodName, List<String> parameterTypes) {
        return supertypesInRepository(type).stream()
                .flatMap(supertype -> index.find(supertype).stream())
                .flatMap(declaration -> declaration.methods().stream())
                .anyMatch(method -> !method.constructor() && method.name().equals(methodName)
                        && method.parameterCount() == parameterTypes.size()
                        && parametersMatch(parameterTypesOf(method), parameterTypes));
    }

    private static boolean parametersMatch(List<String> declared, List<String> implemented) {
        for (int index = 0; index < declared.size(); index++) {
            String inSupertype = simpleType(declared.get(index));
            if (!inSupertype.equals(simpleType(implemented.get(index))) && !isTypeVariableOrObject(inSupertype)) {
                return false;
            }
        }
        return true;
    }

    /** The parameter types listed in a signature {@code name(A,B[])}, whose generics are erased already. */
    private static List<String> parameterTypesOf(MethodInfo method) {
        String signature = method.signature();
        String list = signature.substring(signature.indexOf('(') + 1, signature.lastIndexOf(')'));
        return list.isBlank() ? List.of() : List.of(list.split(","));
    }

    /** {@code java.util.List} and {@code @Nullable List} are {@code List}; varargs are arrays. */
    private static String simpleType(String type) {
        String plain = type.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").replace("...", "[]").replaceAll("\\s+", "");
        int arrays = plain.indexOf('[');
        String element = arrays < 0 ? plain : plain.substring(0, arrays);
        return element.substring(element.lastIndexOf('.') + 1) + (arrays < 0 ? "" : plain.substring(arrays));
    }

    private static boolean isTypeVariableOrObject(String type) {
        String element = type.replace("[]", "");
        return element.equals("Object") || TYPE_VARIABLE.matcher(element).matches();
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> both = new LinkedHashSet<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }
}
