package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/**
 * CodeScene's complex conditional: a branch condition ({@code if}, {@code while}, {@code do}, {@code for}, the
 * {@code ?:} test) that joins {@value #LOGICAL_OPERATORS} or more clauses with {@code &&} or {@code ||}. Counted
 * per code unit: lambdas and local or anonymous classes are units of their own.
 */
public final class ComplexConditionals {

    /** CodeScene's threshold: two logical operators in one condition. */
    public static final int LOGICAL_OPERATORS = 2;

    private ComplexConditionals() {
    }

    /** How many branch conditions of {@code unit} are complex. */
    public static int of(CodeUnit unit) {
        return unit.statements().stream().mapToInt(ComplexConditionals::count).sum();
    }

    private static int count(Node node) {
        int complex = condition(node).filter(condition -> logicalOperators(condition) >= LOGICAL_OPERATORS)
                .isPresent() ? 1 : 0;
        for (Node child : node.getChildNodes()) {
            if (!isOwnUnit(child)) {
                complex += count(child);
            }
        }
        return complex;
    }

    private static Optional<Expression> condition(Node node) {
        if (node instanceof IfStmt statement) {
            return Optional.of(statement.getCondition());
        }
        if (node instanceof WhileStmt statement) {
            return Optional.of(statement.getCondition());
        }
        if (node instanceof DoStmt statement) {
            return Optional.of(statement.getCondition());
        }
        if (node instanceof ForStmt statement) {
            return statement.getCompare();
        }
        if (node instanceof ConditionalExpr expression) {
            return Optional.of(expression.getCondition());
        }
        return Optional.empty();
    }

    /** The {@code &&} and {@code ||} of one condition, not those of a lambda inside it. */
    static int logicalOperators(Node node) {
        int operators = node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                || binary.getOperator() == BinaryExpr.Operator.OR) ? 1 : 0;
        for (Node child : node.getChildNodes()) {
            if (!isOwnUnit(child)) {
                operators += logicalOperators(child);
            }
        }
        return operators;
    }

    private static boolean isOwnUnit(Node node) {
        return node instanceof LambdaExpr || node instanceof BodyDeclaration<?>
                || node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt;
    }
}
