package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.readiness.core.source.DeliberateCatches;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** How a catch block disposes of its exception; shared so that two hygiene rules never report one block twice. */
final class CatchBlocks {

    /** Ways of swallowing an exception that {@link SwallowedException} reports. */
    enum Swallow {
        EMPTY,
        COMMENT_ONLY,
        PRINT_STACK_TRACE_ONLY
    }

    /**
     * A parameter name of this many camel-case words that does not just repeat the type
     * ({@code onlyWhenJUnitIsAbsent}) says why the exception does not matter, as a comment would.
     */
    private static final int DESCRIPTIVE_NAME_WORDS = 3;
    private static final Pattern CAMEL_WORD = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])");
    /** Calls that only write the exception down (a logger's or the console's methods). */
    private static final Set<String> LOGGING_METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error",
            "fatal", "log", "severe", "fine", "finer", "finest", "logp", "verbose", "print", "println", "printf",
            "format");
    /** Calls that turn the exception into text, which keeps its message but not the exception. */
    private static final Set<String> TEXT_METHODS = Set.of("valueOf", "toString", "append", "concat", "join");

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
                return fallsThroughToFallback(clause) ? Optional.empty() : Optional.of(Swallow.EMPTY);
            }
            return isExplained(clause) ? Optional.empty() : Optional.of(Swallow.COMMENT_ONLY);
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

    /**
     * Named {@code ignored}, {@code expected} and the like (or unnamed {@code _}), or by a phrase that says why
     * ({@code notOnTheClasspath}): ignored on purpose.
     */
    static boolean isDeliberatelyIgnored(CatchClause clause) {
        String name = clause.getParameter().getNameAsString();
        return DeliberateCatches.isNamedIgnored(clause) || DeliberateCatches.isNamedExpected(clause)
                || name.toLowerCase(Locale.ROOT).startsWith("ignore") || isDescriptive(name);
    }

    /**
     * The caught exception leaves the block as a value: returned, stored in a variable or field, or passed (as
     * is or wrapped in a new object) to a call that is not logging, such as {@code errors.add(new Failure(e))},
     * {@code future.completeExceptionally(e)} or {@code return Result.failure(e)}. Someone else decides what it
     * means, so the block does not handle every failure alike.
     */
    static boolean letsEscape(CatchClause clause) {
        String exception = clause.getParameter().getNameAsString();
        return clause.getBody().findAll(NameExpr.class).stream()
                .filter(name -> name.getNameAsString().equals(exception))
                .anyMatch(CatchBlocks::carriesOn);
    }

    /** Writes its arguments to a log or the console rather than keeping them. */
    static boolean isLogging(MethodCallExpr call) {
        String scope = call.getScope().map(Object::toString).orElse("");
        String last = scope.substring(scope.lastIndexOf('.') + 1).replace("()", "").toLowerCase(Locale.ROOT);
        return LOGGING_METHODS.contains(call.getNameAsString()) || last.equals("log") || last.endsWith("logger");
    }

    /** Whether the value {@code node} stands for ends up somewhere that outlives the catch block. */
    private static boolean carriesOn(Node node) {
        Node value = node;
        Optional<Node> parent = value.getParentNode();
        while (parent.isPresent()) {
            Node holder = parent.get();
            if (holder instanceof ReturnStmt || holder instanceof VariableDeclarator
                    || (holder instanceof AssignExpr assign && assign.getValue() == value)
                    || (holder instanceof ExpressionStmt && holder.getParentNode()
                            .filter(LambdaExpr.class::isInstance).isPresent())) {
                return true; // returned (also as an expression lambda's value) or stored
            }
            if (holder instanceof MethodCallExpr call) {
                Node passed = value;
                boolean argument = call.getArguments().stream().anyMatch(candidate -> candidate == passed);
                return argument && !isLogging(call) && !TEXT_METHODS.contains(call.getNameAsString());
            }
            if (!(holder instanceof ObjectCreationExpr || holder instanceof CastExpr || holder instanceof EnclosedExpr
                    || holder instanceof ConditionalExpr || holder instanceof ArrayInitializerExpr)) {
                return false;
            }
            value = holder;
            parent = holder.getParentNode();
        }
        return false;
    }

    /**
     * An empty catch after a try block that ends by returning its result, with code after the try statement:
     * that code is the fallback ({@code try { return parse(text); } catch (NumberFormatException e) { } return
     * fallback(text);}), so the failure is handled there, not swallowed. Not when it catches Throwable or Error: a
     * stack overflow or a linkage error is no reason to fall back silently (javaparser's FieldAccessContext).
     */
    private static boolean fallsThroughToFallback(CatchClause clause) {
        Optional<TryStmt> tryStmt = clause.getParentNode().filter(TryStmt.class::isInstance).map(TryStmt.class::cast);
        if (tryStmt.isEmpty() || tryStmt.get().getFinallyBlock().isPresent() || catchesErrors(clause)) {
            return false;
        }
        NodeList<Statement> tried = tryStmt.get().getTryBlock().getStatements();
        return !tried.isEmpty() && tried.getLast().filter(ReturnStmt.class::isInstance).isPresent()
                && hasCodeAfter(tryStmt.get());
    }

    private static boolean catchesErrors(CatchClause clause) {
        return caughtNames(clause).stream().anyMatch(name -> name.equals("Throwable") || name.equals("Error"));
    }

    /** The simple names of the types a catch clause catches: one, or each of a multi-catch. */
    static List<String> caughtNames(CatchClause clause) {
        Type caught = clause.getParameter().getType();
        List<Type> types = caught instanceof UnionType union ? List.copyOf(union.getElements()) : List.of(caught);
        return types.stream().map(Type::asString).map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
    }

    /** Some statement of the enclosing method runs after {@code statement} completes normally. */
    private static boolean hasCodeAfter(Statement statement) {
        Node child = statement;
        Optional<Node> parent = child.getParentNode();
        while (parent.isPresent() && !(parent.get() instanceof CallableDeclaration<?>)
                && !(parent.get() instanceof LambdaExpr)) {
            if (parent.get() instanceof BlockStmt block) {
                int index = block.getStatements().indexOf(child);
                if (index >= 0 && index < block.getStatements().size() - 1) {
                    return true;
                }
            }
            child = parent.get();
            parent = child.getParentNode();
        }
        return false;
    }

    private static boolean isDescriptive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CAMEL_WORD.matcher(name).results().count() >= DESCRIPTIVE_NAME_WORDS
                && !lower.endsWith("exception") && !lower.endsWith("error") && !lower.endsWith("throwable");
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
