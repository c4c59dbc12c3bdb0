package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Set;

/** Recognises bodies that only get or set one field, whatever the method is called. */
public final class Accessors {

    private Accessors() {
    }

    /** {@code return f;}, {@code this.f = x;} or {@code this.f = x; return this;}, on a field of {@code fields}. */
    public static boolean isPlainAccessor(BlockStmt body, Set<String> fields) {
        List<Statement> statements = body.getStatements();
        if (statements.size() == 1 && statements.get(0) instanceof ReturnStmt returned) {
            return returned.getExpression().filter(expression -> isField(expression, fields)).isPresent();
        }
        boolean returnsThis = statements.size() == 2 && statements.get(1) instanceof ReturnStmt returned
                && returned.getExpression().filter(expression -> expression instanceof ThisExpr).isPresent();
        return (statements.size() == 1 || returnsThis) && isFieldAssignment(statements.get(0), fields);
    }

    private static boolean isFieldAssignment(Statement statement, Set<String> fields) {
        return statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr assign
                && assign.getOperator() == AssignExpr.Operator.ASSIGN && isField(assign.getTarget(), fields)
                && assign.getValue() instanceof NameExpr;
    }

    private static boolean isField(Expression expression, Set<String> fields) {
        if (expression instanceof FieldAccessExpr access) {
            return access.getScope() instanceof ThisExpr && fields.contains(access.getNameAsString());
        }
        return expression instanceof NameExpr name && fields.contains(name.getNameAsString());
    }
}
