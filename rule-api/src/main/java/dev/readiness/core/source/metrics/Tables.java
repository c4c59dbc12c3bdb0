package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Bodies that are tables written as code: long, but read one independent row at a time, so their length is
 * not the length of logic a reader must hold. Two shapes, both without any other branching:
 * <ul>
 *   <li>a registration list: straight-line statements (or one fluent chain) where at least
 *       {@value #SAME_CALL_PERCENT} % of the calls along the statements' chains are to one method
 *       ({@code map.put(...)} per module, {@code options.addOption(...)} per command-line option);</li>
 *   <li>a lookup switch: one {@code switch} whose every case holds at most one simple statement
 *       ({@code case 3: return RED;}, {@code case "x" -> X;}), at most a guard and a fallback around it.</li>
 * </ul>
 */
public final class Tables {

    /** Share of the chain calls that must go to the one most called method. */
    public static final int SAME_CALL_PERCENT = 75;
    /** Below this many rows a body is too short to be a table. */
    static final int MIN_ROWS = 10;
    /** Statements allowed beside a lookup switch: a guard before it, a fallback after it. */
    private static final int AROUND_SWITCH = 2;

    private Tables() {
    }

    public static boolean isTable(CodeUnit unit) {
        return isRegistrationList(unit.statements()) || isLookupSwitch(unit.statements());
    }

    private static boolean isRegistrationList(List<Statement> statements) {
        if (statements.stream().anyMatch(Tables::branches)) {
            return false;
        }
        Map<String, Integer> calls = new HashMap<>();
        int rows = 0;
        for (Statement statement : statements) {
            List<String> chain = chain(statement);
            rows += Math.max(1, chain.size());
            chain.forEach(name -> calls.merge(name, 1, Integer::sum));
        }
        int most = calls.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return rows >= MIN_ROWS && most * 100 >= SAME_CALL_PERCENT * rows;
    }

    /** Names of the calls along a statement's chain, outermost first: {@code a.b().c()} gives c, b. */
    private static List<String> chain(Statement statement) {
        Optional<Expression> expression = statement instanceof ExpressionStmt expressionStmt
                ? Optional.of(expressionStmt.getExpression())
                : statement instanceof ReturnStmt returned ? returned.getExpression() : Optional.empty();
        List<String> names = new ArrayList<>();
        Expression current = expression.orElse(null);
        while (current instanceof MethodCallExpr call) {
            names.add(call.getNameAsString());
            current = call.getScope().orElse(null);
        }
        return names;
    }

    private static boolean isLookupSwitch(List<Statement> statements) {
        List<SwitchEntry> entries = new ArrayList<>();
        int switches = 0;
        for (Statement statement : statements) {
            Optional<List<SwitchEntry>> table = switchOf(statement);
            if (table.isPresent()) {
                switches++;
                entries.addAll(table.get());
            } else if (!isGuardOrFallback(statement)) {
                return false;
            }
        }
        return switches == 1 && statements.size() <= 1 + AROUND_SWITCH && entries.size() >= MIN_ROWS
                && entries.stream().allMatch(Tables::isSimpleEntry);
    }

    /** {@code switch (x) {...}}, {@code return switch ...}, {@code y = switch ...}. */
    private static Optional<List<SwitchEntry>> switchOf(Statement statement) {
        if (statement instanceof SwitchStmt switchStmt) {
            return Optional.of(switchStmt.getEntries());
        }
        Optional<Expression> value = statement instanceof ReturnStmt returned ? returned.getExpression()
                : statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr assign
                        ? Optional.of(assign.getValue()) : Optional.empty();
        return value.filter(SwitchExpr.class::isInstance).map(expression -> ((SwitchExpr) expression).getEntries());
    }

    /** {@code if (x == null) return null;} or a straight {@code return}/{@code throw}/declaration. */
    private static boolean isGuardOrFallback(Statement statement) {
        if (statement instanceof IfStmt guard) {
            return guard.getElseStmt().isEmpty() && !branches(guard.getThenStmt()) && !branches(guard.getCondition());
        }
        return !branches(statement);
    }

    /** At most one statement besides {@code break} (an arrow case's block counts its statements), none branching. */
    private static boolean isSimpleEntry(SwitchEntry entry) {
        List<Statement> statements = entry.getStatements().stream()
                .flatMap(statement -> statement instanceof BlockStmt block ? block.getStatements().stream()
                        : Stream.of(statement))
                .filter(statement -> !(statement instanceof BreakStmt)).toList();
        return statements.size() <= 1 && statements.stream().noneMatch(Tables::branches);
    }

    /**
     * Whether control flow forks anywhere inside: a condition, a loop, a switch or a try, and code of its own in
     * a statement lambda or an anonymous class ({@code x -> x.name()} and {@code Type::new} are row values).
     */
    private static boolean branches(Node node) {
        return node.findFirst(Node.class, Tables::isBranch).isPresent();
    }

    private static boolean isBranch(Node node) {
        return node instanceof IfStmt || node instanceof ConditionalExpr || node instanceof SwitchStmt
                || node instanceof SwitchExpr || node instanceof ForStmt || node instanceof ForEachStmt
                || node instanceof WhileStmt || node instanceof DoStmt || node instanceof TryStmt
                || node instanceof LambdaExpr lambda && lambda.getBody() instanceof BlockStmt
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }
}
