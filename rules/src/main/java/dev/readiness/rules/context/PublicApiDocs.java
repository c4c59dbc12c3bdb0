package dev.readiness.rules.context;

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
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Which public methods of a type need Javadoc, and which of them lack it. */
final class PublicApiDocs {

    /** Their contract is the one of Object, Comparable or the program entry point. */
    private static final Set<String> WELL_KNOWN = Set.of("equals", "hashCode", "toString", "compareTo", "main",
            "close");
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
     * Javadoc attached by the parser, or a Javadoc comment separated from the declaration only by other comments
     * (e.g. {@code //@Immutable} between the Javadoc and the class, which leaves the Javadoc orphaned).
     */
    static boolean hasJavadoc(BodyDeclaration<?> declaration, List<Comment> comments) {
        if (declaration instanceof NodeWithJavadoc<?> documented && documented.getJavadocComment().isPresent()) {
            return true;
        }
        int begin = declaration.getBegin().map(position -> position.line).orElse(0);
        Set<Integer> commentLines = new HashSet<>();
        JavadocComment nearest = null;
        for (Comment comment : comments) {
            int start = comment.getBegin().map(position -> position.line).orElse(0);
            int end = comment.getEnd().map(position -> position.line).orElse(0);
            if (end >= begin) {
                continue;
            }
            if (comment instanceof JavadocComment javadoc) {
                nearest = nearest == null || end > nearest.getEnd().map(position -> position.line).orElse(0)
                        ? javadoc : nearest;
            } else {
                IntStream.rangeClosed(start, end).forEach(commentLines::add);
            }
        }
        if (nearest == null || nearest.getCommentedNode().isPresent()) {
            return false;
        }
        int javadocEnd = nearest.getEnd().map(position -> position.line).orElse(0);
        return IntStream.range(javadocEnd + 1, begin).allMatch(commentLines::contains);
    }

    /** Signatures such as {@code total(int)} of public methods needing Javadoc but lacking it, in source order. */
    static List<String> undocumentedMethods(TypeDeclaration<?> type, List<Comment> comments) {
        return methodsNeedingJavadoc(type).stream()
                .filter(method -> !hasJavadoc(method, comments))
                .map(PublicApiDocs::signature)
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
