package dev.readiness.core.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names of declarations that stay stable when lines move: {@code com.acme.Order} for a type,
 * {@code com.acme.Order#total(int,String)} for a method, {@code com.acme.Order#<init>(int)} for a
 * constructor, {@code com.acme.Order#items} for a field. Used in locations, logical locations and
 * baseline fingerprints.
 */
public final class Symbols {

    private Symbols() {
    }

    /** The innermost named declaration containing {@code node} (the node itself included), "" at file level. */
    public static String enclosingSymbol(Node node) {
        Node current = node;
        String member = null;
        while (current != null) {
            if (member == null && current instanceof CallableDeclaration<?> callable) {
                member = callable instanceof ConstructorDeclaration ? "<init>" + parameterList(callable)
                        : signature(callable);
            } else if (member == null && current instanceof FieldDeclaration field && !field.getVariables().isEmpty()) {
                member = variableName(node, field);
            } else if (current instanceof TypeDeclaration<?> type && type.getFullyQualifiedName().isPresent()) {
                String typeName = type.getFullyQualifiedName().get();
                return member == null ? typeName : typeName + "#" + member;
            }
            current = current.getParentNode().orElse(null);
        }
        return "";
    }

    /** {@code name(Type1,Type2)} with parameter types as written, generics erased, varargs as arrays. */
    public static String signature(CallableDeclaration<?> callable) {
        return callable.getNameAsString() + parameterList(callable);
    }

    /** The parameter types of {@code callable} as in {@link #signature}: as written, generics erased, varargs as arrays. */
    public static List<String> parameterTypes(CallableDeclaration<?> callable) {
        return callable.getParameters().stream().map(Symbols::parameterType).toList();
    }

    private static String parameterList(CallableDeclaration<?> callable) {
        return parameterTypes(callable).stream().collect(Collectors.joining(",", "(", ")"));
    }

    private static String parameterType(Parameter parameter) {
        String type = parameter.getType().asString().replaceAll("<.*>", "");
        return parameter.isVarArgs() ? type + "[]" : type;
    }

    private static String variableName(Node node, FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
            if (variable == node || variable.isAncestorOf(node)) {
                return variable.getNameAsString();
            }
        }
        return field.getVariable(0).getNameAsString();
    }
}
