package dev.readiness.core.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.readiness.core.source.DependencyFacts.Import;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.DependencyFacts.TypeReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the raw type references of a compilation unit: imports used in code (attributed to the top-level types),
 * type uses (fields, parameters, returns, locals, generics, extends/implements, throws, {@code new},
 * casts, class literals), annotations, and type-like scopes of static calls and field reads.
 */
final class DependencyExtractor {

    /** A scope that looks like a type: its last segment starts upper case and is not a CONSTANT. */
    private static final Pattern TYPE_LIKE = Pattern.compile("([a-z_$][\\w$]*\\.)*[A-Z][\\w$]*[a-z][\\w$]*");

    private DependencyExtractor() {
    }

    static DependencyFacts dependencies(CompilationUnit unit) {
        String packageName = unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
        List<Import> imports = unit.getImports().stream().map(DependencyExtractor::importOf).toList();
        Set<String> typeParameters = unit.findAll(TypeParameter.class).stream()
                .map(TypeParameter::getNameAsString).collect(Collectors.toSet());
        // identity: JavaParser nodes hash their whole subtree, which made every look-up cost a tree walk
        Map<TypeDeclaration<?>, Map<String, TypeReference>> byType = new IdentityHashMap<>();
        List<TypeDeclaration<?>> declarationOrder = new ArrayList<>();
        unit.findAll(TypeDeclaration.class).stream().filter(type -> type.getFullyQualifiedName().isPresent())
                .forEach(type -> {
                    byType.put(type, new LinkedHashMap<>());
                    declarationOrder.add(type);
                });
        Set<String> usedNames = new HashSet<>();
        unit.findAll(Node.class).forEach(node -> reference(node, typeParameters).ifPresent(reference -> {
            usedNames.add(firstSegment(reference.name()));
            owner(node).map(byType::get)
                    .ifPresent(references -> references.merge(reference.name(), reference, DependencyExtractor::first));
        }));
        addImports(unit, imports.stream().filter(imported -> isUsed(imported, usedNames)).toList(), byType);
        List<TypeDependencies> types = new ArrayList<>();
        declarationOrder.forEach(type -> types.add(new TypeDependencies(type.getFullyQualifiedName().get(),
                isAbstract(type), List.copyOf(byType.get(type).values()), annotations(type), supertypes(type))));
        return new DependencyFacts(packageName, imports, types);
    }

    /**
     * A single-type import counts only when its simple name is used in code: imports needed only by Javadoc
     * ({@code @see}, {@code {@link}}) are no dependency. Static imports always count.
     */
    private static boolean isUsed(Import imported, Set<String> usedNames) {
        return imported.isStatic() || usedNames.contains(imported.name().substring(imported.name().lastIndexOf('.') + 1));
    }

    private static String firstSegment(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Import importOf(ImportDeclaration declaration) {
        String name = declaration.getNameAsString();
        boolean memberImport = declaration.isStatic() && !declaration.isAsterisk();
        if (memberImport && name.contains(".")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return new Import(name, declaration.isAsterisk() && !declaration.isStatic(), declaration.isStatic(),
                line(declaration));
    }

    /** Single-type and static imports are references of every top-level type of the file. */
    private static void addImports(CompilationUnit unit, List<Import> imports,
                                   Map<TypeDeclaration<?>, Map<String, TypeReference>> byType) {
        for (TypeDeclaration<?> type : unit.getTypes()) {
            Map<String, TypeReference> references = byType.get(type);
            if (references == null) {
                continue;
            }
            imports.stream().filter(imported -> !imported.wildcard())
                    .forEach(imported -> references.merge(imported.name(),
                            new TypeReference(imported.name(), imported.line(), true), DependencyExtractor::first));
        }
    }

    private static Optional<TypeReference> reference(Node node, Set<String> typeParameters) {
        if (node instanceof ClassOrInterfaceType type && !isScopeOfType(type)) {
            String name = type.getNameWithScope();
            return typeParameters.contains(name) ? Optional.empty() : Optional.of(new TypeReference(name, line(node), true));
        }
        if (node instanceof AnnotationExpr annotation) {
            return Optional.of(new TypeReference(annotation.getNameAsString(), line(node), true));
        }
        return scopeOf(node).filter(scope -> scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                .map(DependencyExtractor::dottedName)
                .filter(scope -> TYPE_LIKE.matcher(scope).matches() && !typeParameters.contains(scope))
                .map(scope -> new TypeReference(scope, line(node), false));
    }

    /** {@code a.b.C} of a name or field-access chain, without JavaParser's costly pretty printer. */
    private static String dottedName(Expression expression) {
        if (expression instanceof NameExpr name) {
            return name.getNameAsString();
        }
        FieldAccessExpr access = (FieldAccessExpr) expression;
        Expression scope = access.getScope();
        String prefix = scope instanceof NameExpr || scope instanceof FieldAccessExpr ? dottedName(scope) + "." : "?.";
        return prefix + access.getNameAsString();
    }

    private static Optional<Expression> scopeOf(Node node) {
        if (node instanceof MethodCallExpr call) {
            return call.getScope();
        }
        if (node instanceof FieldAccessExpr access && !(access.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
            return Optional.of(access.getScope());
        }
        return Optional.empty();
    }

    private static boolean isScopeOfType(ClassOrInterfaceType type) {
        return type.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceType outer
                && outer.getScope().filter(scope -> scope == type).isPresent()).isPresent();
    }

    /** The innermost named type declaration around {@code node}. */
    private static Optional<TypeDeclaration<?>> owner(Node node) {
        Optional<Node> current = node.getParentNode();
        while (current.isPresent()) {
            if (current.get() instanceof TypeDeclaration<?> type && type.getFullyQualifiedName().isPresent()) {
                return Optional.of(type);
            }
            current = current.get().getParentNode();
        }
        return Optional.empty();
    }

    private static List<String> annotations(TypeDeclaration<?> type) {
        return type.getAnnotations().stream().map(AnnotationExpr::getNameAsString).toList();
    }

    /** Extended and implemented types as written, without type arguments ({@code JpaRepository}, {@code a.B}). */
    private static List<String> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> supertypes = new ArrayList<>();
        if (type instanceof NodeWithExtends<?> extending) {
            supertypes.addAll(extending.getExtendedTypes());
        }
        if (type instanceof NodeWithImplements<?> implementing) {
            supertypes.addAll(implementing.getImplementedTypes());
        }
        return supertypes.stream().map(ClassOrInterfaceType::getNameWithScope).toList();
    }

    private static boolean isAbstract(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() || declaration.isAbstract();
        }
        return type.isAnnotationDeclaration();
    }

    private static TypeReference first(TypeReference a, TypeReference b) {
        return a.line() <= b.line() ? a : b;
    }

    private static int line(Node node) {
        return node.getBegin().map(position -> position.line).orElse(1);
    }
}
