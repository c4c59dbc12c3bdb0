package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/**
 * The deepest control-flow nesting in one method or constructor. {@code if} (an else-if chain is one
 * level), {@code for}, enhanced {@code for}, {@code while}, {@code do}, {@code switch}, {@code catch},
 * lambdas and anonymous or local classes each add a level. A {@code try} body, a {@code finally} block and a
 * {@code synchronized} block do not: they branch nowhere (as in cognitive complexity, where only {@code catch}
 * nests), and Netty's write paths, wrapped in two or three of them, read as deep nesting they do not have.
 */
public final class NestingDepth {

    /** The deepest level and the line of the first structure that reaches it; depth 0 for flat code. */
    public record Result(int depth, int line) {
    }

    /** Nesting a top-level statement must reach to be a bump of a bumpy road. */
    public static final int BUMP_DEPTH = 2;

    private int deepest;
    private int deepestLine;

    private NestingDepth() {
    }

    public static Result of(CallableDeclaration<?> callable) {
        return Callables.body(callable).isPresent() ? of(CodeUnit.of(callable)) : new Result(0, 0);
    }

    /** A lambda's body starts at level 0, like a method's. */
    public static Result of(CodeUnit unit) {
        NestingDepth calculator = new NestingDepth();
        unit.statements().forEach(statement -> calculator.visit(statement, 0));
        return new Result(calculator.deepest, calculator.deepestLine);
    }

    /**
     * Bumps of CodeScene's "bumpy road": top-level statements of the body whose own nesting reaches
     * {@value #BUMP_DEPTH} levels (CodeScene: a bump is a chunk of logic nested at least two deep). Several bumps mean several separate chunks of nested logic in one method.
     */
    public static int bumps(CallableDeclaration<?> callable) {
        return Callables.body(callable).isPresent() ? bumps(CodeUnit.of(callable)) : 0;
    }

    public static int bumps(CodeUnit unit) {
        return (int) unit.statements().stream()
                .filter(statement -> {
                    NestingDepth calculator = new NestingDepth();
                    calculator.visit(statement, 0);
                    return calculator.deepest >= BUMP_DEPTH;
                })
                .count();
    }

    private void visit(Node node, int level) {
        if (node instanceof IfStmt ifStmt) {
            visitIf(ifStmt, level);
        } else if (node instanceof CatchClause catchClause) {
            record(catchClause, level + 1);
            visitChildren(catchClause, level + 1);
        } else if (raisesLevel(node)) {
            record(node, level + 1);
            visitChildren(node, level + 1);
        } else {
            visitChildren(node, level);
        }
    }

    private static boolean raisesLevel(Node node) {
        return node instanceof ForStmt || node instanceof ForEachStmt
                || node instanceof WhileStmt || node instanceof DoStmt
                || node instanceof SwitchStmt || node instanceof SwitchExpr
                || node instanceof LambdaExpr
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                || node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt;
    }

    /** Every branch of an else-if chain is one level below the chain. */
    private void visitIf(IfStmt ifStmt, int level) {
        record(ifStmt, level + 1);
        visit(ifStmt.getCondition(), level);
        visit(ifStmt.getThenStmt(), level + 1);
        Optional<Statement> elseStmt = ifStmt.getElseStmt();
        if (elseStmt.isPresent() && elseStmt.get() instanceof IfStmt next) {
            visitIf(next, level);
        } else {
            elseStmt.ifPresent(statement -> visit(statement, level + 1));
        }
    }

    private void visitChildren(Node node, int level) {
        for (Node child : node.getChildNodes()) {
            visit(child, level);
        }
    }

    private void record(Node node, int level) {
        if (level > deepest) {
            deepest = level;
            deepestLine = node.getRange().map(range -> range.begin.line).orElse(0);
        }
    }
}
