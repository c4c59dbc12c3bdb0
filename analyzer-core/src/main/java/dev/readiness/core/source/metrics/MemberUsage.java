package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which instance fields and which methods of its own class one method body uses, by name, for the
 * cohesion metrics (LCOM4, TCC). A field is used when named as {@code this.f} or as a plain {@code f} that no
 * parameter or local variable of the method shadows; a method is called when invoked unqualified or on
 * {@code this}, or referenced as {@code this::m}. Without type resolution, shadowing is judged per method.
 */
public final class MemberUsage {

    /** Names used, sorted. */
    public record Result(List<String> fields, List<String> methods) {

        public Result {
            fields = List.copyOf(fields);
            methods = List.copyOf(methods);
        }
    }

    private MemberUsage() {
    }

    public static Result of(CallableDeclaration<?> callable, Set<String> fields, Set<String> ownMethods) {
        return Callables.body(callable).isPresent() ? of(CodeUnit.of(callable), fields, ownMethods)
                : new Result(List.of(), List.of());
    }

    public static Result of(CodeUnit unit, Set<String> fields, Set<String> ownMethods) {
        Node body = unit.body();
        Set<String> locals = new HashSet<>();
        unit.parameters().forEach(parameter -> locals.add(parameter.getNameAsString()));
        List<String> plainNames = new ArrayList<>();
        Set<String> usedFields = new TreeSet<>();
        Set<String> called = new TreeSet<>();
        body.walk(node -> {
            if (node instanceof VariableDeclarator variable) {
                locals.add(variable.getNameAsString());
            } else if (node instanceof Parameter parameter) {
                locals.add(parameter.getNameAsString());
            } else if (node instanceof TypePatternExpr pattern) {
                locals.add(pattern.getNameAsString());
            } else if (node instanceof NameExpr name && fields.contains(name.getNameAsString())) {
                plainNames.add(name.getNameAsString());
            } else if (node instanceof FieldAccessExpr access && isThis(access.getScope())
                    && fields.contains(access.getNameAsString())) {
                usedFields.add(access.getNameAsString());
            } else if (node instanceof MethodCallExpr call && call.getScope().map(MemberUsage::isThis).orElse(true)
                    && ownMethods.contains(call.getNameAsString())) {
                called.add(call.getNameAsString());
            } else if (node instanceof MethodReferenceExpr reference && isThis(reference.getScope())
                    && ownMethods.contains(reference.getIdentifier())) {
                called.add(reference.getIdentifier());
            }
        });
        plainNames.stream().filter(name -> !locals.contains(name)).forEach(usedFields::add);
        return new Result(new ArrayList<>(usedFields), new ArrayList<>(called));
    }

    private static boolean isThis(Expression expression) {
        return expression instanceof ThisExpr self && self.getTypeName().isEmpty();
    }
}
