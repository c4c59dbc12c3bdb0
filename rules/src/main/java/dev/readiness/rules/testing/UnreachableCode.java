package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.readiness.core.source.testcode.Oracles;
import java.util.List;

/**
 * Code of a test that never runs: it follows, in the same block, a statement that always leaves the block
 * ({@code fail(...)}, {@code throw}, {@code return}, {@code break}, {@code continue}), or sits in the branch of an
 * {@code if (false)}.
 */
final class UnreachableCode {

    private UnreachableCode() {
    }

    /** Whether {@code node}, inside {@code method}, can never run. */
    static boolean isUnreachable(Node node, MethodDeclaration method) {
        Node child = node;
        for (Node current = node.getParentNode().orElse(null); current != null && current != method;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof BlockStmt block && child instanceof Statement statement && followsAnExit(block, statement)) {
                return true;
            }
            if (current instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child
                    && ifStmt.getCondition() instanceof BooleanLiteralExpr literal && !literal.getValue()) {
                return true;
            }
            child = current;
        }
        return false;
    }

    private static boolean followsAnExit(BlockStmt block, Statement statement) {
        List<Statement> statements = block.getStatements();
        for (Statement earlier : statements) {
            if (earlier == statement) {
                return false;
            }
            if (alwaysLeaves(earlier)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alwaysLeaves(Statement statement) {
        return statement instanceof ThrowStmt || statement instanceof ReturnStmt || statement instanceof BreakStmt
                || statement instanceof ContinueStmt
                || statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                        && Oracles.isFail(call);
    }
}
