package dev.readiness.core.graph;

import dev.readiness.core.source.DependencyFacts;
import dev.readiness.core.source.DependencyFacts.Import;
import dev.readiness.core.source.TypeIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name as written in one file against the repository's types, the way javac looks it up:
 * member types of the using type and its enclosing types, single imports (which shadow the same package),
 * the same package, wildcard imports; a name found nowhere is external (java.lang or a library), qualified
 * when an import says how.
 */
final class TypeResolver {

    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Integer", "Long", "Short", "Byte",
            "Double", "Float", "Boolean", "Character", "Number", "Math", "System", "Thread", "Runnable", "Iterable",
            "Comparable", "CharSequence", "StringBuilder", "Class", "Enum", "Record", "Void", "Exception",
            "RuntimeException", "Error", "Throwable", "IllegalArgumentException", "IllegalStateException",
            "NullPointerException", "UnsupportedOperationException", "IndexOutOfBoundsException", "Override",
            "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "AutoCloseable", "Cloneable",
            "InterruptedException", "ClassCastException", "ArithmeticException", "StackOverflowError", "OutOfMemoryError",
            "AssertionError", "Process", "ProcessBuilder", "Runtime", "ThreadLocal", "StringBuffer");

    /** A resolved name: the qualified name and whether it is declared in the repository. */
    record Resolved(String name, boolean internal) {
    }

    private final TypeIndex index;

    TypeResolver(TypeIndex index) {
        this.index = index;
    }

    /** Empty only for an uncertain name (from an expression) that resolves to no type of the repository. */
    Optional<Resolved> resolve(String name, String usingType, DependencyFacts file, boolean certain) {
        return accept(resolveName(name, usingType, file), certain);
    }

    /** What {@code name} names in {@code usingType}, whether written as a type or not. */
    Resolved resolveName(String name, String usingType, DependencyFacts file) {
        return name.contains(".") ? resolveQualified(name, usingType, file) : resolveSimple(name, usingType, file);
    }

    /** {@code resolved} unless it is no type of the repository and the name came from an expression. */
    static Optional<Resolved> accept(Resolved resolved, boolean certain) {
        return certain || resolved.internal() ? Optional.of(resolved) : Optional.empty();
    }

    private Resolved resolveQualified(String name, String usingType, DependencyFacts file) {
        if (index.contains(name)) {
            return new Resolved(name, true);
        }
        int dot = name.indexOf('.');
        Resolved outer = resolveSimple(name.substring(0, dot), usingType, file);
        if (outer.internal()) {
            String nested = outer.name() + name.substring(dot);
            return new Resolved(nested, index.contains(nested));
        }
        return new Resolved(name, false);
    }

    private Resolved resolveSimple(String name, String usingType, DependencyFacts file) {
        Optional<String> member = memberType(name, usingType, file.packageName());
        if (member.isPresent()) {
            return new Resolved(member.get(), true);
        }
        Optional<String> imported = singleImport(name, file); // shadows the package's own types, as in javac
        if (imported.isPresent()) {
            return new Resolved(imported.get(), index.contains(imported.get()));
        }
        Optional<String> internal = inPackage(file.packageName(), name).or(() -> wildcardImport(name, file));
        if (internal.isPresent()) {
            return new Resolved(internal.get(), true);
        }
        return new Resolved(JAVA_LANG.contains(name) ? "java.lang." + name : name, false);
    }

    /** {@code usingType.name}, then the same in each enclosing type. */
    private Optional<String> memberType(String name, String usingType, String packageName) {
        String scope = usingType;
        while (scope.length() > packageName.length()) {
            String candidate = scope + "." + name;
            if (index.contains(candidate)) {
                return Optional.of(candidate);
            }
            int dot = scope.lastIndexOf('.');
            if (dot < 0) {
                break;
            }
            scope = scope.substring(0, dot);
        }
        return Optional.empty();
    }

    private Optional<String> inPackage(String packageName, String name) {
        String candidate = packageName.isEmpty() ? name : packageName + "." + name;
        return index.contains(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static Optional<String> singleImport(String name, DependencyFacts file) {
        return file.imports().stream().filter(imported -> !imported.wildcard() && !imported.isStatic())
                .map(Import::name).filter(imported -> namesType(imported, name)).findFirst();
    }

    /** Whether {@code imported} is {@code name} or ends with "." + {@code name}, without building that string. */
    private static boolean namesType(String imported, String name) {
        int dot = imported.length() - name.length() - 1;
        return imported.equals(name) || dot >= 0 && imported.charAt(dot) == '.' && imported.endsWith(name);
    }

    private Optional<String> wildcardImport(String name, DependencyFacts file) {
        return file.imports().stream().filter(Import::wildcard).map(imported -> imported.name() + "." + name)
                .filter(index::contains).findFirst();
    }
}
