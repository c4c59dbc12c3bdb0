package dev.readiness.rules.context;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** Signatures such as {@code total(int)} of public methods needing Javadoc but lacking it, in source order. */
    static List<String> undocumentedMethods(TypeDeclaration<?> type) {
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
                .filter(method -> method.getJavadocComment().isEmpty())
                .map(PublicApiDocs::signature)
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
                && !(parameters == 0 && (GETTER.matcher(name).matches() || recordComponents.contains(name)))
                && !(parameters == 1 && SETTER.matcher(name).matches());
    }

    private static String signature(MethodDeclaration method) {
        return method.getNameAsString() + "(" + method.getParameters().stream()
                .map(parameter -> parameter.getType().asString()).collect(Collectors.joining(",")) + ")";
    }
}
