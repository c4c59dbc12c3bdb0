package dev.readiness.core.testmodel;


import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.Set;

/**
 * Which production classes carry logic a test should exercise: public top-level classes, enums and
 * records with at least one method (not a constructor, not {@code main}, {@code equals}, {@code hashCode}
 * or {@code toString}) spanning {@value #LOGIC_MIN_LINES} lines or more — a getter or setter spans three,
 * a method with a branch or two statements four. Interfaces, annotations, exception and error types and
 * files under a "generated" directory are left out.
 */
public final class ProductionClasses {

    /** Declaration line, at least two body lines, closing brace. */
    public static final int LOGIC_MIN_LINES = 4;
    private static final Set<String> NOT_LOGIC = Set.of("main", "equals", "hashCode", "toString");

    private ProductionClasses() {
    }

    /** The classes of a production file that have logic, in declaration order. */
    public static List<TypeInfo> withLogic(FileFacts file) {
        if (file.path().contains("/generated/") || file.path().contains("generated-sources/")) {
            return List.of();
        }
        return file.types().stream()
                .filter(type -> isTopLevel(type, file.types()) && type.isPublic())
                .filter(ProductionClasses::hasLogic)
                .toList();
    }

    static boolean hasLogic(TypeInfo type) {
        if (type.kind() == TypeInfo.Kind.INTERFACE || type.kind() == TypeInfo.Kind.ANNOTATION
                || type.simpleName().endsWith("Exception") || type.simpleName().endsWith("Error")) {
            return false;
        }
        return type.methods().stream().anyMatch(ProductionClasses::isLogic);
    }

    private static boolean isLogic(MethodInfo method) {
        return !method.constructor() && !NOT_LOGIC.contains(method.name())
                && method.endLine() - method.startLine() + 1 >= LOGIC_MIN_LINES;
    }

    private static boolean isTopLevel(TypeInfo type, List<TypeInfo> inFile) {
        return inFile.stream().noneMatch(other -> type.qualifiedName().startsWith(other.qualifiedName() + "."));
    }
}
