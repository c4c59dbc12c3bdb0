package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * McCabe's cyclomatic complexity of one method or constructor: 1 plus one per decision point ({@code if},
 * loops, {@code catch}, {@code ?:}, each non-default {@code case} and each {@code &&} / {@code ||}).
 * Lambdas and anonymous or local classes count toward the enclosing method, as in cognitive complexity.
 */
public final class CyclomaticComplexity {

    private CyclomaticComplexity() {
    }

    /** 1 for a method without a body or without branches. */
    public static int of(CallableDeclaration<?> callable) {
        return Callables.body(callable).isPresent() ? of(CodeUnit.of(callable)) : 1;
    }

    public static int of(CodeUnit unit) {
        int[] decisions = {0};
        unit.body().walk(node -> {
            if (isDecision(node)) {
                decisions[0]++;
            }
        });
        return 1 + decisions[0];
    }

    private static boolean isDecision(com.github.javaparser.ast.Node node) {
        return node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt
                || node instanceof WhileStmt || node instanceof DoStmt || node instanceof CatchClause
                || node instanceof ConditionalExpr
                || node instanceof SwitchEntry entry && !entry.getLabels().isEmpty()
                || node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                        || binary.getOperator() == BinaryExpr.Operator.OR);
    }
}
