package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.readiness.core.source.testcode.AssertionObjects;
import dev.readiness.core.source.testcode.Oracles;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a test asserted how much data a loop walks before the loop runs: {@code assertEquals(3, list.size())}
 * or {@code assertThat(list).hasSize(3)} before {@code for (x : list)}, {@code assertEquals(10, s.length())}
 * before {@code for (i = 0; i < s.length(); i++)}, {@code assertEquals(s.length(), copied)} before
 * {@code for (i = 0; i < copied; i++)}, {@code assertTrue(it.hasNext())} before {@code while (it.hasNext())}.
 * The loop then runs the number of times the test fixed, so its checks are not left to chance.
 */
final class AssertedSizes {

    /** Checks that pin the size of the value they are given. */
    private static final Set<String> SIZE_CHECKS = Set.of("hasSize", "hasSizeGreaterThan",
            "hasSizeGreaterThanOrEqualTo", "hasSizeBetween", "hasSameSizeAs", "isNotEmpty", "hasLength",
            "containsExactly", "containsExactlyInAnyOrder", "containsExactlyElementsOf", "assertArrayEquals",
            "assertIterableEquals");
    /** Calls on the walked value that say how much of it there is. */
    private static final Set<String> SIZE_READS = Set.of("size", "length", "isEmpty", "hasNext", "hasMoreElements");

    private AssertedSizes() {
    }

    static boolean checkedBefore(Statement loop, MethodDeclaration test, AssertionObjects objects) {
        List<Expression> walked = walked(loop);
        if (walked.isEmpty()) {
            return false;
        }
        int loopStart = loop.getBegin().map(position -> position.line).orElse(Integer.MAX_VALUE);
        List<ExpressionStmt> checksBefore = test.findAll(ExpressionStmt.class).stream()
                .filter(statement -> statement.getEnd().map(position -> position.line < loopStart).orElse(false))
                .filter(statement -> !TestCode.inNestedCode(statement, test))
                .filter(statement -> !statement.findAll(MethodCallExpr.class, call -> Oracles.isOracle(call, objects)).isEmpty())
                .toList();
        return walked.stream().allMatch(value -> checksBefore.stream().anyMatch(statement -> pinsSizeOf(statement, value)));
    }

    /**
     * What decides how often the loop runs: the iterable of a for-each loop, the ends of a counted loop the test
     * does not fix ({@code s.length()}), the call a while loop keeps asking ({@code it.hasNext()}).
     */
    private static List<Expression> walked(Statement loop) {
        if (loop instanceof ForEachStmt forEach) {
            return List.of(forEach.getIterable());
        }
        if (loop instanceof ForStmt forStmt) {
            return FixedTables.unfixedEnds(forStmt);
        }
        Expression condition = loop instanceof WhileStmt whileStmt ? whileStmt.getCondition()
                : loop instanceof DoStmt doStmt ? doStmt.getCondition() : null;
        while (condition instanceof UnaryExpr unary) {
            condition = unary.getExpression();
        }
        return condition instanceof MethodCallExpr ? List.of(condition) : List.of();
    }

    /**
     * The asserting statement names the walked value together with its size, names the walked size itself
     * ({@code s.length()}), or names the local variable that is the loop's bound ({@code assertEquals(3, count)}).
     */
    private static boolean pinsSizeOf(Node statement, Expression walked) {
        boolean sizeCheck = !statement.findAll(MethodCallExpr.class, call -> SIZE_CHECKS.contains(call.getNameAsString())).isEmpty();
        return !statement.findAll(Expression.class, expression -> expression.equals(walked)).isEmpty()
                && (sizeCheck || isSizeRead(walked) || walked instanceof NameExpr || readsSizeOf(statement, walked));
    }

    private static boolean isSizeRead(Expression expression) {
        return expression instanceof MethodCallExpr call && SIZE_READS.contains(call.getNameAsString())
                || expression instanceof FieldAccessExpr field && field.getNameAsString().equals("length");
    }

    private static boolean readsSizeOf(Node statement, Expression walked) {
        return !statement.findAll(Expression.class, expression -> isSizeRead(expression) && scopeOf(expression)
                .filter(walked::equals).isPresent()).isEmpty();
    }

    private static Optional<Expression> scopeOf(Expression expression) {
        return expression instanceof MethodCallExpr call ? call.getScope()
                : Optional.of(((FieldAccessExpr) expression).getScope());
    }
}
