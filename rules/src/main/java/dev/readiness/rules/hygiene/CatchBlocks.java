package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.readiness.core.source.DeliberateCatches;
import java.util.List;
import java.util.Optional;

/** How a catch block disposes of its exception; shared so that two hygiene rules never report one block twice. */
final class CatchBlocks {

    /** Ways of swallowing an exception that {@link SwallowedException} reports. */
    enum Swallow {
        EMPTY,
        COMMENT_ONLY,
        PRINT_STACK_TRACE_ONLY
    }

    private CatchBlocks() {
    }

    /** How {@code clause} swallows its exception, empty when it handles it or ignores it deliberately. */
    static Optional<Swallow> swallow(CatchClause clause) {
        if (isDeliberatelyIgnored(clause)) {
            return Optional.empty();
        }
        List<Statement> statements = clause.getBody().getStatements();
        if (statements.isEmpty()) {
            List<Comment> comments = clause.getBody().getAllContainedComments();
            if (comments.isEmpty()) {
                return Optional.of(Swallow.EMPTY);
            }
            return DeliberateCatches.isExplained(clause) ? Optional.empty() : Optional.of(Swallow.COMMENT_ONLY);
        }
        if (statements.size() == 1 && isPrintStackTraceOf(statements.get(0), clause.getParameter().getNameAsString())) {
            return Optional.of(Swallow.PRINT_STACK_TRACE_ONLY);
        }
        return Optional.empty();
    }

    /** The block holds a comment that says something (not only a to-do marker): a documented decision. */
    static boolean isExplained(CatchClause clause) {
        return DeliberateCatches.isExplained(clause);
    }

    /** Named {@code ignored}, {@code expected} and the like (or unnamed {@code _}): ignored on purpose. */
    static boolean isDeliberatelyIgnored(CatchClause clause) {
        return DeliberateCatches.isNamedIgnored(clause) || DeliberateCatches.isNamedExpected(clause);
    }

    /** {@code e.printStackTrace();} on the caught exception itself. */
    private static boolean isPrintStackTraceOf(Statement statement, String exceptionName) {
        return statement instanceof ExpressionStmt expression
                && expression.getExpression() instanceof MethodCallExpr call
                && call.getNameAsString().equals("printStackTrace")
                && call.getArguments().isEmpty()
                && call.getScope().filter(NameExpr.class::isInstance)
                        .map(scope -> ((NameExpr) scope).getNameAsString().equals(exceptionName)).orElse(false);
    }
}
