package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a loop in a test walks over data the test wrote down itself: an array or {@code List.of(...)} table
 * (inline, in a local variable or in a field), an enum's {@code values()}, or a counted loop up to a literal or
 * the size of such a table. Every element of such a table is asserted, which is parameterized testing by hand.
 */
final class FixedTables {

    private static final Set<String> FACTORIES = Set.of("of", "asList", "ofEntries", "copyOf", "values");
    private static final Set<String> VIEWS = Set.of("entrySet", "keySet", "values", "stream");

    private FixedTables() {
    }

    static boolean isFixed(Node loop) {
        if (loop instanceof ForEachStmt forEach) {
            return isTable(forEach.getIterable(), loop);
        }
        if (loop instanceof ForStmt forStmt) {
            return forStmt.getCompare().filter(BinaryExpr.class::isInstance)
                    .map(compare -> isFixedBound(((BinaryExpr) compare).getRight(), loop)).orElse(false);
        }
        return false;
    }

    private static boolean isFixedBound(Expression bound, Node context) {
        if (bound instanceof IntegerLiteralExpr) {
            return true;
        }
        if (bound instanceof FieldAccessExpr field && field.getNameAsString().equals("length")) {
            return isTable(field.getScope(), context);
        }
        return bound instanceof MethodCallExpr call && call.getNameAsString().equals("size")
                && call.getScope().map(scope -> isTable(scope, context)).orElse(false);
    }

    private static boolean isTable(Expression expression, Node context) {
        if (expression instanceof ArrayCreationExpr creation) {
            return creation.getInitializer().isPresent();
        }
        if (expression instanceof ArrayInitializerExpr) {
            return true;
        }
        if (expression instanceof NameExpr name) {
            return initializerOf(name.getNameAsString(), context).map(value -> isTable(value, context)).orElse(false);
        }
        if (expression instanceof MethodCallExpr call) {
            return isTableCall(call, context);
        }
        return false;
    }

    private static boolean isTableCall(MethodCallExpr call, Node context) {
        String name = call.getNameAsString();
        if (VIEWS.contains(name) && call.getArguments().isEmpty()
                && call.getScope().filter(scope -> isTable(scope, context)).isPresent()) {
            return true;
        }
        // List.of(...), Arrays.asList(...), Stream.of(...), Map.of(...), Color.values()
        return FACTORIES.contains(name) && call.getScope().filter(NameExpr.class::isInstance)
                .filter(scope -> Character.isUpperCase(scope.toString().charAt(0))).isPresent();
    }

    /** The initializer of the local variable or field {@code name} visible from {@code context}, by name. */
    private static Optional<Expression> initializerOf(String name, Node context) {
        for (Node scope = context; scope != null; scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof CallableDeclaration<?> || scope instanceof TypeDeclaration<?>) {
                Optional<Expression> found = scope.findAll(VariableDeclarator.class).stream()
                        .filter(variable -> variable.getNameAsString().equals(name))
                        .findFirst().flatMap(VariableDeclarator::getInitializer);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
