package dev.readiness.rules.context;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.comments.TraditionalJavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import dev.readiness.core.source.Symbols;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which public methods of a type need Javadoc, and which of them lack it. */
final class PublicApiDocs {

    /** Their contract is the one of Object, Comparable, AutoCloseable or the program entry point. */
    private static final Set<String> WELL_KNOWN = Set.of("equals", "hashCode", "toString", "clone", "compareTo",
            "main", "close");
    private static final Pattern GETTER = Pattern.compile("(get|is|has)[A-Z].*");
    private static final Pattern SETTER = Pattern.compile("set[A-Z].*");

    private PublicApiDocs() {
    }

    /** "interface", "abstract class", "class", "enum", "record" or "annotation". */
    static String kind(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? "interface" : declaration.isAbstract() ? "abstract class" : "class";
        }
        return type instanceof EnumDeclaration ? "enum" : type instanceof RecordDeclaration ? "record" : "annotation";
    }

    /**
     * Javadoc attached by the parser; a Javadoc comment among the declaration's annotations and modifiers
     * ({@code @Deprecated /** … *}{@code / void run()}); or the nearest Javadoc comment before the declaration when
     * nothing but other comments, blank lines or annotations separates them (a blank line, or a
     * {@code //@Immutable} between the Javadoc and the class, leaves the Javadoc orphaned in the parse tree).
     * Only {@code /** … *}{@code /} comments count when apart: a {@code ///} run apart from any declaration is
     * a section banner in code written before Markdown doc comments ({@code /// Public methods}).
     */
    static boolean hasJavadoc(BodyDeclaration<?> declaration, List<Comment> comments) {
        if (declaration instanceof NodeWithJavadoc<?> documented && documented.getJavadocComment().isPresent()) {
            return true;
        }
        Optional<Position> begin = declaration.getBegin();
        Optional<Position> nameBegin = declaration instanceof NodeWithSimpleName<?> named
                ? named.getName().getBegin() : Optional.empty();
        if (begin.isEmpty() || nameBegin.isEmpty()) {
            return false;
        }
        TraditionalJavadocComment nearest = null;
        for (Comment comment : comments) {
            if (!(comment instanceof TraditionalJavadocComment javadoc) || comment.getBegin().isEmpty()
                    || comment.getEnd().isEmpty()) {
                continue;
            }
            if (comment.getBegin().get().isAfter(begin.get()) && nameBegin.get().isAfter(comment.getEnd().get())) {
                return true; // between the annotations and the name
            }
            if (begin.get().isAfter(comment.getEnd().get())
                    && (nearest == null || comment.getEnd().get().isAfter(nearest.getEnd().orElseThrow()))) {
                nearest = javadoc;
            }
        }
        return nearest != null && nearest.getCommentedNode().isEmpty()
                && nothingBetween(declaration, nearest.getEnd().orElseThrow(), begin.get());
    }

    /** No sibling of {@code declaration} (a member, import, package declaration …) lies between the two positions. */
    private static boolean nothingBetween(BodyDeclaration<?> declaration, Position from, Position to) {
        return declaration.getParentNode().map(parent -> parent.getChildNodes().stream()
                .filter(sibling -> sibling != declaration && !(sibling instanceof Comment))
                .noneMatch(sibling -> sibling.getEnd().filter(end -> end.isAfter(from)).isPresent()
                        && sibling.getBegin().filter(start -> to.isAfter(start)).isPresent()))
                .orElse(false);
    }

    /** The public methods needing Javadoc, in source order, with whether each has it. */
    static List<ApiDocFacts.ApiMethod> methods(TypeDeclaration<?> type, List<Comment> comments) {
        return methodsNeedingJavadoc(type).stream()
                .map(method -> new ApiDocFacts.ApiMethod(signature(method), method.getNameAsString(),
                        Symbols.parameterTypes(method), method.isStatic(), hasJavadoc(method, comments)))
                .toList();
    }

    /** Public methods whose contract is not obvious from elsewhere (see the class comment of the rule). */
    static List<MethodDeclaration> methodsNeedingJavadoc(TypeDeclaration<?> type) {
        if (type instanceof AnnotationDeclaration) {
            return List.of();
        }
        Set<String> recordComponents = type instanceof RecordDeclaration record
                ? record.getParameters().stream().map(Parameter::getNameAsString).collect(Collectors.toSet())
                : Set.of();
        boolean isInterface = type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface();
        return type.getMethods().stream()
                .filter(method -> isPublic(method, isInterface))
                .filter(method -> needsJavadoc(method, recordComponents))
                .toList();
    }

    private static boolean isPublic(MethodDeclaration method, boolean inInterface) {
        return method.isPublic() || (inInterface && !method.hasModifier(Modifier.Keyword.PRIVATE));
    }

    private static boolean needsJavadoc(MethodDeclaration method, Set<String> recordComponents) {
        String name = method.getNameAsString();
        int parameters = method.getParameters().size();
        return !method.isAnnotationPresent("Override")
                && !WELL_KNOWN.contains(name)
                && !(parameters == 0 && (GETTER.matcher(name).matches() || recordComponents.contains(name)
                        || returnsFieldOfItsName(method)))
                && !(parameters == 1 && SETTER.matcher(name).matches());
    }

    /** A record-style accessor: {@code List<Path> files() { return files; }}. */
    private static boolean returnsFieldOfItsName(MethodDeclaration method) {
        return method.getBody().map(body -> body.getStatements().size() == 1
                && body.getStatement(0) instanceof ReturnStmt returned
                && returned.getExpression().filter(value -> value instanceof NameExpr || value instanceof FieldAccessExpr)
                        .map(value -> ((NodeWithSimpleName<?>) value).getNameAsString().equals(method.getNameAsString()))
                        .orElse(false)).orElse(false);
    }

    private static String signature(MethodDeclaration method) {
        return method.getNameAsString() + "(" + method.getParameters().stream()
                .map(parameter -> parameter.getType().asString()).collect(Collectors.joining(",")) + ")";
    }
}
