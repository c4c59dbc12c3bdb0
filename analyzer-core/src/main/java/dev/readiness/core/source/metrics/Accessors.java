package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises bodies that only get or set one field, whatever the method is called, lazy getters included. */
public final class Accessors {

    private Accessors() {
    }

    /**
     * {@code return f;}, {@code this.f = x;} or {@code this.f = x; return this;} on a field of {@code fields},
     * or a lazy getter of one ({@link #isLazyGetter}).
     */
    public static boolean isPlainAccessor(BlockStmt body, Set<String> fields) {
        if (isLazyGetter(body, fields)) {
            return true;
        }
        List<Statement> statements = body.getStatements();
        if (statements.size() == 1 && statements.get(0) instanceof ReturnStmt returned) {
            return returned.getExpression().filter(expression -> isField(expression, fields)).isPresent();
        }
        boolean returnsThis = statements.size() == 2 && statements.get(1) instanceof ReturnStmt returned
                && returned.getExpression().filter(expression -> expression instanceof ThisExpr).isPresent();
        return (statements.size() == 1 || returnsThis) && isFieldAssignment(statements.get(0), fields);
    }

    /**
     * A getter that creates its field's value on first use: {@code if (f == null) { f = ...; } return f;} or
     * {@code return f != null ? f : (f = ...);}. Whatever the creation uses is still use (it is in the body).
     */
    static boolean isLazyGetter(BlockStmt body, Set<String> fields) {
        List<Statement> statements = body.getStatements();
        if (statements.size() == 1 && statements.get(0) instanceof ReturnStmt returned
                && returned.getExpression().orElse(null) instanceof ConditionalExpr conditional) {
            Optional<String> field = nullCheckedField(conditional.getCondition(), fields);
            Expression whenNull = isEquality(conditional.getCondition()) ? conditional.getThenExpr()
                    : conditional.getElseExpr();
            Expression otherwise = isEquality(conditional.getCondition()) ? conditional.getElseExpr()
                    : conditional.getThenExpr();
            return field.isPresent() && isFieldNamed(otherwise, field.get()) && assigns(unwrap(whenNull), field.get());
        }
        if (statements.size() != 2 || !(statements.get(0) instanceof IfStmt check) || check.getElseStmt().isPresent()
                || !(statements.get(1) instanceof ReturnStmt returned) || !isEquality(check.getCondition())) {
            return false;
        }
        Optional<String> field = nullCheckedField(check.getCondition(), fields);
        Statement then = check.getThenStmt() instanceof BlockStmt block && block.getStatements().size() == 1
                ? block.getStatement(0) : check.getThenStmt();
        return field.isPresent() && returned.getExpression().filter(value -> isFieldNamed(value, field.get())).isPresent()
                && then instanceof ExpressionStmt assignment && assigns(assignment.getExpression(), field.get());
    }

    /** The field of {@code f == null} or {@code f != null} (either side, {@code this.f} too). */
    private static Optional<String> nullCheckedField(Expression condition, Set<String> fields) {
        if (!(unwrap(condition) instanceof BinaryExpr binary) || binary.getOperator() != BinaryExpr.Operator.EQUALS
                && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return Optional.empty();
        }
        Expression other = binary.getLeft() instanceof NullLiteralExpr ? binary.getRight() : binary.getLeft();
        boolean againstNull = binary.getLeft() instanceof NullLiteralExpr || binary.getRight() instanceof NullLiteralExpr;
        return againstNull && isField(other, fields) ? Optional.of(fieldName(other)) : Optional.empty();
    }

    private static boolean isEquality(Expression condition) {
        return unwrap(condition) instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.EQUALS;
    }

    private static boolean assigns(Expression expression, String field) {
        return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && isFieldNamed(assign.getTarget(), field);
    }

    private static boolean isFieldNamed(Expression expression, String field) {
        return isField(expression, Set.of(field));
    }

    private static String fieldName(Expression expression) {
        return expression instanceof FieldAccessExpr access ? access.getNameAsString()
                : ((NameExpr) expression).getNameAsString();
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current;
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
