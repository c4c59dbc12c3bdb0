package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cognitive complexity of one method or constructor, following G. Ann Campbell's white paper
 * "Cognitive Complexity" (SonarSource, v1.5):
 * <ul>
 *   <li>+1 plus the nesting level for {@code if}, {@code ?:}, {@code switch} (statement or expression),
 *       {@code for}, enhanced {@code for}, {@code while}, {@code do} and {@code catch};</li>
 *   <li>+1 without nesting penalty for {@code else if} and {@code else};</li>
 *   <li>+1 for each sequence of like boolean operators ({@code &&}, {@code ||}); a parenthesised or
 *       negated group starts a new sequence;</li>
 *   <li>+1 for {@code break} or {@code continue} to a label, and +1 once for direct recursion;</li>
 *   <li>nesting rises inside the structures above and inside lambdas and anonymous and local classes,
 *       whose code counts toward the enclosing method.</li>
 * </ul>
 * Method calls, {@code try}, {@code finally}, {@code case} labels and plain {@code break} are free.
 */
public final class CognitiveComplexity {

    /** One structure that added to the score, for explaining it. */
    public record Increment(int line, String construct, int amount) {
    }

    /** The score and what it is made of, in source order. */
    public record Result(int total, List<Increment> increments) {

        public Result {
            increments = List.copyOf(increments);
        }

        /** The increment that cost the most (the first of equals), usually the best place to start. */
        public Optional<Increment> largest() {
            return increments.stream().max(Comparator.comparingInt(Increment::amount)
                    .thenComparing(Comparator.comparingInt(Increment::line).reversed()));
        }
    }

    /** The method whose recursion counts; null for a lambda, which cannot call itself by name. */
    private final CallableDeclaration<?> callable;
    private final List<Increment> increments = new ArrayList<>();
    private boolean recursionCounted;

    private CognitiveComplexity(CallableDeclaration<?> callable) {
        this.callable = callable;
    }

    /** The cognitive complexity of {@code callable}'s body; 0 for an abstract or native method. */
    public static Result of(CallableDeclaration<?> callable) {
        return Callables.body(callable).isPresent() ? of(CodeUnit.of(callable)) : new Result(0, List.of());
    }

    /** The cognitive complexity of a unit's body; a lambda's body starts at nesting 0 like a method's. */
    public static Result of(CodeUnit unit) {
        CognitiveComplexity calculator = new CognitiveComplexity(unit.callable().orElse(null));
        calculator.visit(unit.body(), 0, false);
        int total = calculator.increments.stream().mapToInt(Increment::amount).sum();
        return new Result(total, calculator.increments);
    }

    private void visit(Node node, int nesting, boolean inNestedType) {
        if (node instanceof IfStmt ifStmt) {
            visitIf(ifStmt, nesting, inNestedType, false);
        } else if (isNestingStructure(node)) {
            add(node, construct(node), 1 + nesting);
            visitChildren(node, nesting + 1, inNestedType);
        } else if (node instanceof BinaryExpr binary && isLogical(binary)) {
            visitLogical(binary, nesting, inNestedType);
        } else if (isJumpToLabel(node)) {
            add(node, node instanceof BreakStmt ? "break to label" : "continue to label", 1);
        } else if (node instanceof LambdaExpr) {
            visitChildren(node, nesting + 1, inNestedType);
        } else if (declaresNestedType(node)) {
            visitNestedType(node, nesting, inNestedType);
        } else {
            countRecursion(node, inNestedType);
            visitChildren(node, nesting, inNestedType);
        }
    }

    /** The structures other than {@code if} that cost 1 plus the nesting level and raise the nesting. */
    private static boolean isNestingStructure(Node node) {
        return node instanceof ConditionalExpr
                || node instanceof SwitchStmt || node instanceof SwitchExpr
                || node instanceof ForStmt || node instanceof ForEachStmt
                || node instanceof WhileStmt || node instanceof DoStmt
                || node instanceof CatchClause;
    }

    private static boolean isJumpToLabel(Node node) {
        return node instanceof BreakStmt breakStmt && breakStmt.getLabel().isPresent()
                || node instanceof ContinueStmt continueStmt && continueStmt.getLabel().isPresent();
    }

    /** An anonymous class or a local class or record. */
    private static boolean declaresNestedType(Node node) {
        return node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                || node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt;
    }

    /**
     * A nested type's members count toward the method one level deeper; the scope and arguments of an
     * anonymous class's creation stay at the current level.
     */
    private void visitNestedType(Node node, int nesting, boolean inNestedType) {
        if (node instanceof ObjectCreationExpr creation) {
            creation.getScope().ifPresent(scope -> visit(scope, nesting, inNestedType));
            creation.getArguments().forEach(argument -> visit(argument, nesting, inNestedType));
            for (BodyDeclaration<?> member : creation.getAnonymousClassBody().orElseThrow()) {
                visit(member, nesting + 1, true);
            }
        } else {
            visitChildren(node, nesting + 1, true);
        }
    }

    /** Direct recursion costs 1, once; calls inside a nested type are to that type's methods. */
    private void countRecursion(Node node, boolean inNestedType) {
        if (node instanceof MethodCallExpr call && !inNestedType && isRecursiveCall(call)) {
            recursionCounted = true;
            add(node, "recursive call", 1);
        }
    }

    private void visitChildren(Node node, int nesting, boolean inNestedType) {
        for (Node child : node.getChildNodes()) {
            visit(child, nesting, inNestedType);
        }
    }

    /** The condition stays at the current level; branches nest; an else-if chain stays flat. */
    private void visitIf(IfStmt ifStmt, int nesting, boolean inNestedType, boolean elseIf) {
        add(ifStmt, elseIf ? "else if" : "if", elseIf ? 1 : 1 + nesting);
        visit(ifStmt.getCondition(), nesting, inNestedType);
        visit(ifStmt.getThenStmt(), nesting + 1, inNestedType);
        Optional<Statement> elseStmt = ifStmt.getElseStmt();
        if (elseStmt.isPresent() && elseStmt.get() instanceof IfStmt next) {
            visitIf(next, nesting, inNestedType, true);
        } else if (elseStmt.isPresent()) {
            add(elseStmt.get(), "else", 1);
            visit(elseStmt.get(), nesting + 1, inNestedType);
        }
    }

    /**
     * Flattens a chain of {@code &&} / {@code ||} (not through parentheses or negation) in source order
     * and counts each change of operator, then visits the operands.
     */
    private void visitLogical(BinaryExpr root, int nesting, boolean inNestedType) {
        List<BinaryExpr> operators = new ArrayList<>();
        List<Expression> operands = new ArrayList<>();
        flatten(root, operators, operands);
        BinaryExpr.Operator previous = null;
        for (BinaryExpr operator : operators) {
            if (operator.getOperator() != previous) {
                add(operator, operator.getOperator() == BinaryExpr.Operator.AND ? "&& sequence" : "|| sequence", 1);
            }
            previous = operator.getOperator();
        }
        for (Expression operand : operands) {
            visit(operand, nesting, inNestedType);
        }
    }

    private static void flatten(Expression expression, List<BinaryExpr> operators, List<Expression> operands) {
        if (expression instanceof BinaryExpr binary && isLogical(binary)) {
            flatten(binary.getLeft(), operators, operands);
            operators.add(binary);
            flatten(binary.getRight(), operators, operands);
        } else {
            operands.add(expression);
        }
    }

    private static boolean isLogical(BinaryExpr binary) {
        return binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR;
    }

    /** A call to the method itself: same name, unqualified or on {@code this}, same number of arguments. */
    private boolean isRecursiveCall(MethodCallExpr call) {
        if (recursionCounted || !(callable instanceof MethodDeclaration method)
                || !call.getNameAsString().equals(method.getNameAsString())) {
            return false;
        }
        boolean ownScope = call.getScope().map(scope -> scope instanceof ThisExpr self && self.getTypeName().isEmpty())
                .orElse(true);
        int parameters = method.getParameters().size();
        boolean varArgs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        int arguments = call.getArguments().size();
        boolean arityMatches = varArgs ? arguments >= parameters - 1 : arguments == parameters;
        return ownScope && arityMatches;
    }

    private void add(Node node, String construct, int amount) {
        int line = node.getRange().map(range -> range.begin.line).orElse(0);
        increments.add(new Increment(line, construct, amount));
    }

    private static String construct(Node node) {
        if (node instanceof ConditionalExpr) {
            return "?:";
        } else if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
            return "switch";
        } else if (node instanceof ForStmt || node instanceof ForEachStmt) {
            return "for";
        } else if (node instanceof WhileStmt) {
            return "while";
        } else if (node instanceof DoStmt) {
            return "do";
        }
        return "catch";
    }
}
