package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.Symbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Retry loops with no pause between attempts, and Spring {@code @Retryable} without a backoff. A retry loop is
 * a {@code while}, {@code do} or classic {@code for} loop holding a try statement whose try block leaves the
 * loop on success ({@code return}, {@code break}, or setting a variable of the loop condition) and one of
 * whose catch clauses lets the loop go round again (no {@code break}, {@code return} or {@code throw}). It is
 * reported when nothing in the loop waits: no call whose name contains sleep, wait, park, backoff, delay,
 * pause or await. Only catches of transient failures count, and a catch that changes what the try block
 * works on is a fallback, not a retry, as is a loop that walks to the next item each round (an iterator, a
 * queue, a for counter the try block reads, an item dropped after the try); see the help Markdown. A constant sleep counts as waiting.
 */
@RuleDefinition(
        id = "hygiene/retry-without-backoff",
        summary = "Retry loop or @Retryable retries without waiting between attempts.",
        description = "Reports loops in production code that retry an operation after catching its exception without "
                + "any sleep or backoff, and Spring @Retryable annotations that declare no backoff. Immediate "
                + "retries hammer a failing dependency, burn the attempts in milliseconds and turn a brief "
                + "outage into a failure.",
        level = Level.WARNING,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "reliability", "resilience", "ai-readiness"}
)
public final class RetryWithoutBackoff implements JavaFileRule {

    /** A method that takes a failure to decide what happens next: onError, onFailure, handleException, recordFailure. */
    private static final Pattern FAILURE_HANDLER = Pattern.compile("(on|handle|record)\\w*(Error|Failure|Exception|Throwable)|onRetry");
    private static final Pattern LOGGER = Pattern.compile("(?i)\\w*log(ger)?");
    /** How many calls into methods of the same class are followed to see what a failed round resets. */
    private static final int CALL_DEPTH = 2;
    /** Loop conditions that ask whether another item is left. */
    private static final Set<String> ITEM_CHECKS = Set.of("hasNext", "hasMoreElements", "hasMoreTokens", "hasPrevious",
            "hasRemaining");
    /** Calls that take the next item of an iterator, enumeration or queue. */
    private static final Set<String> ITEM_ADVANCES = Set.of("next", "nextElement", "nextToken", "previous", "pop",
            "removeFirst");
    /** Queue-taking calls and their variants: {@code poll}, {@code takeFirst}, a cleaner's {@code drainOne}. */
    private static final Pattern ITEM_TAKE = Pattern.compile("(poll|take|drain|dequeue)(One|First|Last|Next|Item|Element|Entry)?");
    /** Calls that draw a fresh random value: a round that tries a new random name is not the same attempt again. */
    private static final Set<String> FRESH_VALUES = Set.of("randomUUID", "random", "nextInt", "nextLong", "nextDouble",
            "nextBytes", "nextGaussian");
    /** An argument naming a time unit: {@code TimeUnit.SECONDS}, a static import {@code MILLISECONDS}. */
    private static final Pattern TIME_UNIT = Pattern.compile(
            "(?:(?:java\\.util\\.concurrent\\.)?TimeUnit\\.)?(NANO|MICRO|MILLI)?SECONDS|(?:TimeUnit\\.)?(MINUTES|HOURS|DAYS)");
    private static final List<String> WAITING_WORDS = List.of("sleep", "wait", "park", "backoff", "delay", "pause",
            "await");
    /**
     * Attributes of Spring Retry's and Spring Framework's {@code @Retryable} that configure a pause, or name the
     * interceptor bean whose policy does ({@code interceptor = "configServerRetryInterceptor"}: Spring Cloud Config's
     * backs off exponentially).
     */
    private static final Set<String> BACKOFF_ATTRIBUTES = Set.of("backoff", "delay", "delayString", "multiplier",
            "multiplierString", "maxDelay", "jitter", "delayExpression", "interceptor");

    /**
     * Failures that retrying can cure: I/O, network, timeouts, database and lock conflicts, and the broad types
     * that include them. Others (ClassNotFoundException, CancellationException) are fallbacks, not retries.
     */
    private static final Pattern TRANSIENT_FAILURE = Pattern.compile("Exception|Throwable|RuntimeException|"
            + ".*(IO|Io|Timeout|TimedOut|Connect|Socket|SQL|Sql|DataAccess|Remote|Transient|Unavailable|Http|Rest(?![a-z])|"
            + "Client|Network|Lock|Concurrency|Optimistic|Retry|Retryable|Throttl|Rate).*");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (Statement loop : file.unit().findAll(Statement.class, RetryWithoutBackoff::isLoop)) {
            if (isRetryLoop(loop) && !waits(loop)) {
                Location keyword = Location.of(file.path(), Region.line(SourceLocations.regionOf(loop).startLine()),
                        Symbols.enclosingSymbol(loop));
                sink.report(keyword,
                        "Retry loop goes round again right after a failure with no pause: wait between attempts "
                                + "with a growing delay (exponential backoff with jitter), or use a retry library "
                                + "(Resilience4j, Spring Retry, Failsafe) that does.");
            }
        }
        for (AnnotationExpr annotation : file.unit().findAll(AnnotationExpr.class)) {
            if (isRetryableWithoutBackoff(annotation)) {
                sink.report(SourceLocations.of(file, annotation), "@Retryable declares no backoff, so attempts "
                        + "follow each other at a fixed default pause: declare a growing delay (e.g. backoff = "
                        + "@Backoff(delay = 500, multiplier = 2), or delay and multiplier).");
            }
        }
    }

    private static boolean isLoop(Statement statement) {
        return statement instanceof WhileStmt || statement instanceof DoStmt || statement instanceof ForStmt;
    }

    private static boolean isRetryLoop(Statement loop) {
        Set<String> conditionNames = condition(loop).map(condition -> condition.findAll(NameExpr.class).stream()
                .map(NameExpr::getNameAsString).collect(Collectors.toSet())).orElse(Set.of());
        return !advancesThroughItems(loop) && !drawsFreshCandidate(loop) && loop.findAll(TryStmt.class).stream()
                .filter(tryStmt -> nearestLoop(tryStmt).filter(loop::equals).isPresent())
                .anyMatch(tryStmt -> leavesOnSuccess(tryStmt, loop, conditionNames)
                        && !triesAnotherItemEachRound(tryStmt, loop) && !movesOnAfterwards(tryStmt)
                        && !resetsWhatTheNextRoundReads(tryStmt, loop) && !walksItemsThenLeaves(tryStmt, loop)
                        && tryStmt.getCatchClauses().stream().anyMatch(clause -> goesRoundAgain(tryStmt, clause, loop)
                                && !retriesOnlyAfterARemedy(clause, conditionNames)));
    }

    /**
     * The loop walks an iterator, enumeration or queue ({@code while (it.hasNext())}, {@code candidates.next()}),
     * in its condition or in its body outside the catch blocks: each round tries the next item, which is a search
     * over candidates, not the same attempt again. A service loader's iterator whose {@code hasNext()} failed moves
     * on to the next provider when asked again (MapStruct skips faulty processors so).
     */
    private static boolean advancesThroughItems(Statement loop) {
        return condition(loop).map(condition -> condition.findAll(MethodCallExpr.class).stream()
                        .anyMatch(call -> ITEM_CHECKS.contains(call.getNameAsString()))).orElse(false)
                || loop.findAll(MethodCallExpr.class).stream()
                        .filter(call -> call.findAncestor(CatchClause.class).filter(clause -> loop.isAncestorOf(clause))
                                .isEmpty())
                        .anyMatch(call -> (takesItem(call.getNameAsString())
                                || ITEM_CHECKS.contains(call.getNameAsString())) && call.getArguments().isEmpty());
    }

    /**
     * The try works on the items of a for-each inside the loop, and the round leaves right after the walk
     * ({@code break SEARCH}, a return or a throw): a failed item gives way to the next one, and the loop is not gone
     * round again after the last (JGit searches each pack once so). Without such a leave, a round that failed on
     * every item starts over at once: still a retry.
     */
    private static boolean walksItemsThenLeaves(TryStmt tryStmt, Statement loop) {
        Optional<ForEachStmt> walk = Optional.empty();
        for (Optional<Node> parent = tryStmt.getParentNode(); parent.isPresent() && parent.get() != loop;
                parent = parent.get().getParentNode()) {
            if (parent.get() instanceof ForEachStmt forEach) {
                walk = Optional.of(forEach);
            }
        }
        return walk.flatMap(forEach -> forEach.getParentNode().filter(BlockStmt.class::isInstance)
                        .map(BlockStmt.class::cast).map(block -> {
                            List<Statement> statements = block.getStatements();
                            int next = statements.indexOf(forEach) + 1;
                            return next < statements.size() && (statements.get(next) instanceof ThrowStmt
                                    || leavesDirectly(statements.get(next), loop, Set.of()));
                        }))
                .orElse(false);
    }

    /**
     * The catch sets the loop's condition from a call ({@code tryAgain = file.setWritable(true)}): the loop goes round
     * again only when that remedy worked, and then the next attempt meets a changed state (JGit deletes a file again
     * once it made it writable). A round that fails the same way finds nothing left to remedy and stops.
     */
    private static boolean retriesOnlyAfterARemedy(CatchClause clause, Set<String> conditionNames) {
        return clause.getBody().findAll(AssignExpr.class).stream()
                .anyMatch(assign -> assign.getTarget() instanceof NameExpr name
                        && conditionNames.contains(name.getNameAsString()) && assign.getValue() instanceof MethodCallExpr);
    }

    /**
     * Each round draws a fresh random value ({@code UUID.randomUUID()}) outside its catch blocks, as a loop creating
     * a uniquely named directory does: a collision is not a transient failure of the same attempt.
     */
    private static boolean drawsFreshCandidate(Statement loop) {
        return loop.findAll(MethodCallExpr.class).stream()
                .filter(call -> call.findAncestor(CatchClause.class).filter(loop::isAncestorOf).isEmpty())
                .anyMatch(call -> FRESH_VALUES.contains(call.getNameAsString()));
    }

    /**
     * After the try statement, still in the round, the loop drops or takes an item ({@code removeMessage(message)},
     * {@code queue.poll()}): a failed item is given up and the next round works on the next one, as Spring's
     * ordered message channel drains its queue. Or it falls back to another operation on what the try block worked
     * on ({@code in.available()} failed, so {@code in.read(...)} follows, as JLine's reader does): the failure
     * is handled in the round, and the next round is no repetition of the failed attempt.
     */
    private static boolean movesOnAfterwards(TryStmt tryStmt) {
        Optional<BlockStmt> round = tryStmt.getParentNode().filter(BlockStmt.class::isInstance).map(BlockStmt.class::cast);
        if (round.isEmpty()) {
            return false;
        }
        List<Statement> statements = round.get().getStatements();
        List<Statement> after = statements.subList(statements.indexOf(tryStmt) + 1, statements.size());
        Set<String> tried = receiverCalls(tryStmt.getTryBlock());
        return after.stream().anyMatch(RetryWithoutBackoff::dropsOrTakesItem)
                || after.stream().flatMap(statement -> receiverCalls(statement).stream()).anyMatch(call ->
                        !tried.contains(call) && tried.stream().anyMatch(other -> receiver(other).equals(receiver(call))));
    }

    /** {@code receiver.method} of each call on a variable or field in {@code node}. */
    private static Set<String> receiverCalls(Node node) {
        return node.findAll(MethodCallExpr.class).stream()
                .filter(call -> call.getScope().filter(NameExpr.class::isInstance).isPresent())
                .map(call -> call.getScope().get() + "." + call.getNameAsString())
                .collect(Collectors.toSet());
    }

    private static String receiver(String receiverCall) {
        return receiverCall.substring(0, receiverCall.indexOf('.'));
    }

    /**
     * The try block reads what the loop steps each round outside it, or a value the round derives from that: a for
     * loop's counter ({@code urls[i]}), a snapshot taken from a list by that counter before the try (ZooKeeper's
     * {@code snap = snapList.get(i)}), a position the round moves on after the try (Jenkins' {@code next =
     * findPreamble(...)}). Each round tries another item. An attempt counter the try block does not read is no such
     * step: the same attempt comes again.
     */
    private static boolean triesAnotherItemEachRound(TryStmt tryStmt, Statement loop) {
        Predicate<Node> outsideTheTry = node -> !tryStmt.getTryBlock().isAncestorOf(node) && !tryStmt.equals(node);
        List<AssignExpr> assignedOutside = loop.findAll(AssignExpr.class).stream().filter(outsideTheTry)
                .filter(assign -> assign.getTarget() instanceof NameExpr).toList();
        Set<String> stepped = new HashSet<>();
        if (loop instanceof ForStmt forStmt) {
            forStmt.getUpdate().forEach(update -> update.findAll(NameExpr.class)
                    .forEach(name -> stepped.add(name.getNameAsString())));
        }
        assignedOutside.forEach(assign -> stepped.add(targetName(assign)));
        loop.findAll(UnaryExpr.class).stream().filter(outsideTheTry).filter(RetryWithoutBackoff::steps)
                .map(UnaryExpr::getExpression).filter(NameExpr.class::isInstance)
                .forEach(operand -> stepped.add(((NameExpr) operand).getNameAsString()));
        Set<String> derived = new HashSet<>(stepped);
        loop.findAll(VariableDeclarator.class).stream().filter(outsideTheTry)
                .filter(variable -> variable.getInitializer().filter(value -> mentions(value, derived)).isPresent())
                .forEach(variable -> derived.add(variable.getNameAsString()));
        // variables the round assigns outside the try from a call's result (offset = find(...))
        Set<String> foundByCalls = assignedOutside.stream()
                .filter(assign -> !assign.getValue().findAll(MethodCallExpr.class).isEmpty())
                .map(RetryWithoutBackoff::targetName).collect(Collectors.toSet());
        return tryStmt.getTryBlock().findAll(NameExpr.class).stream()
                .anyMatch(name -> derived.contains(name.getNameAsString()))
                || condition(loop).filter(condition -> searchesOn(condition, foundByCalls)).isPresent();
    }

    /**
     * After a failure the round resets a field or variable that the next attempt's input is read from, itself or
     * through a method of the same class it calls (H2 reopens a file channel an interrupt closed, then reads on).
     * The input is what the try block reads, a variable the round declares before it, or what a method of the same
     * class either calls reads (JMeter forgets the keystore password it remembered, so {@code getPassword()} asks
     * the user again). Each round works on something new, which the rule's definition counts as a fallback, not a
     * retry of the same attempt. What the try block assigns itself before reading it is no input.
     */
    private static boolean resetsWhatTheNextRoundReads(TryStmt tryStmt, Statement loop) {
        Optional<ClassOrInterfaceDeclaration> owner = loop.findAncestor(ClassOrInterfaceDeclaration.class);
        List<Node> afterFailure = new ArrayList<>();
        tryStmt.getCatchClauses().forEach(clause -> afterFailure.add(clause.getBody()));
        tryStmt.getParentNode().filter(BlockStmt.class::isInstance).map(BlockStmt.class::cast).ifPresent(round -> {
            List<Statement> statements = round.getStatements();
            afterFailure.addAll(statements.subList(statements.indexOf(tryStmt) + 1, statements.size()));
        });
        Set<String> reset = new HashSet<>();
        afterFailure.forEach(node -> reset.addAll(assignedThroughCalls(node, owner, CALL_DEPTH)));
        if (reset.isEmpty()) {
            return false;
        }
        Set<String> readByTry = readNames(tryStmt.getTryBlock());
        List<Node> inputs = new ArrayList<>(List.of(tryStmt.getTryBlock()));
        loop.findAll(VariableDeclarator.class).stream()
                .filter(variable -> !tryStmt.isAncestorOf(variable) && readByTry.contains(variable.getNameAsString()))
                .forEach(variable -> variable.getInitializer().ifPresent(inputs::add));
        Set<String> read = new HashSet<>();
        inputs.forEach(input -> {
            read.addAll(readNames(input));
            calledMethodsOfTheSameClass(input, owner).forEach(method -> read.addAll(readNames(method)));
        });
        read.removeAll(assignedNames(tryStmt.getTryBlock()));
        return reset.stream().anyMatch(read::contains);
    }

    /** Names {@code node} assigns, itself or in the methods of the same class it calls, {@code depth} calls deep. */
    private static Set<String> assignedThroughCalls(Node node, Optional<ClassOrInterfaceDeclaration> owner, int depth) {
        Set<String> names = assignedNames(node);
        if (depth > 0) {
            calledMethodsOfTheSameClass(node, owner)
                    .forEach(method -> names.addAll(assignedThroughCalls(method, owner, depth - 1)));
        }
        return names;
    }

    /** Names assigned in {@code node}: a variable, or a field written as {@code this.name}. */
    private static Set<String> assignedNames(Node node) {
        Set<String> names = new HashSet<>();
        for (AssignExpr assign : node.findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr name) {
                names.add(name.getNameAsString());
            } else if (assign.getTarget() instanceof FieldAccessExpr field && field.getScope().isThisExpr()) {
                names.add(field.getNameAsString());
            }
        }
        return names;
    }

    /**
     * Names read in {@code node}: variables and fields, bare or as {@code this.name}, but not those only written
     * there ({@code connection = open()} in the try block does not read what a catch's {@code connection = null}
     * resets).
     */
    private static Set<String> readNames(Node node) {
        Set<String> names = new HashSet<>();
        node.findAll(NameExpr.class).stream().filter(name -> !isWrittenOnly(name))
                .forEach(name -> names.add(name.getNameAsString()));
        node.findAll(FieldAccessExpr.class).stream().filter(field -> field.getScope().isThisExpr())
                .filter(field -> !isWrittenOnly(field)).forEach(field -> names.add(field.getNameAsString()));
        return names;
    }

    private static boolean isWrittenOnly(Expression expression) {
        return expression.getParentNode().filter(AssignExpr.class::isInstance).map(AssignExpr.class::cast)
                .filter(assign -> assign.getTarget() == expression && assign.getOperator() == AssignExpr.Operator.ASSIGN)
                .isPresent();
    }

    /** Bodies of the methods of {@code owner} that {@code node} calls unqualified or on {@code this}. */
    private static List<Node> calledMethodsOfTheSameClass(Node node, Optional<ClassOrInterfaceDeclaration> owner) {
        return node.findAll(MethodCallExpr.class).stream().flatMap(call -> methodsOfTheSameClass(call, owner).stream())
                .flatMap(method -> method.getBody().stream()).map(Node.class::cast).toList();
    }

    /** The methods of {@code owner} that {@code call} may run: it is unqualified or on {@code this}, and names them. */
    private static List<MethodDeclaration> methodsOfTheSameClass(MethodCallExpr call,
                                                                 Optional<ClassOrInterfaceDeclaration> owner) {
        boolean own = call.getScope().map(Expression::isThisExpr).orElse(true);
        return own && owner.isPresent() ? owner.get().getMethodsByName(call.getNameAsString()) : List.of();
    }

    private static String targetName(AssignExpr assign) {
        return ((NameExpr) assign.getTarget()).getNameAsString();
    }

    /**
     * The loop runs while a value the round finds outside its try is not a sentinel ({@code offset != -1},
     * {@code next >= 0}, {@code match != null}): a search that goes on to the next match, as PDFBox's brute-force
     * parser does with {@code trailerOffset = findString(TRAILER)} after each try. A countdown of attempts
     * ({@code tries--}) finds nothing: it stays a retry.
     */
    private static boolean searchesOn(Expression condition, Set<String> found) {
        return condition.findAll(BinaryExpr.class).stream().anyMatch(comparison -> {
            boolean againstSentinel = isSentinel(comparison.getLeft()) || isSentinel(comparison.getRight());
            boolean onFound = comparison.getLeft() instanceof NameExpr left && found.contains(left.getNameAsString())
                    || comparison.getRight() instanceof NameExpr right && found.contains(right.getNameAsString());
            var operator = comparison.getOperator();
            boolean ordering = operator == BinaryExpr.Operator.NOT_EQUALS
                    || operator == BinaryExpr.Operator.GREATER_EQUALS
                    || operator == BinaryExpr.Operator.GREATER;
            return againstSentinel && onFound && ordering;
        });
    }

    /** {@code -1}, {@code 0} or {@code null}: what a search returns when nothing more is found. */
    private static boolean isSentinel(Expression expression) {
        String text = expression.toString();
        return expression.isNullLiteralExpr() || text.equals("-1") || text.equals("0");
    }

    private static boolean steps(UnaryExpr unary) {
        return unary.getOperator().isPostfix() || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT;
    }

    private static boolean mentions(Expression value, Set<String> names) {
        return value.findAll(NameExpr.class).stream().anyMatch(name -> names.contains(name.getNameAsString()));
    }

    private static Optional<Expression> condition(Statement loop) {
        if (loop instanceof WhileStmt whileStmt) {
            return Optional.of(whileStmt.getCondition());
        }
        if (loop instanceof DoStmt doStmt) {
            return Optional.of(doStmt.getCondition());
        }
        return ((ForStmt) loop).getCompare();
    }

    /**
     * The try block leaves the loop when it succeeds: one of its own statements leaves ({@code return},
     * {@code break}, or setting a variable of the loop condition), or its last statement does so under a condition
     * (a poll until the answer is good), also inside a nested try block. A block that only leaves in a statement
     * followed by more work ({@code if (shutdown) return;} then serving the client, as Derby's accept loop does)
     * goes round again on success: a processing loop, not a retry.
     */
    private static boolean leavesOnSuccess(TryStmt tryStmt, Statement loop, Set<String> conditionNames) {
        return leavesAtTheEnd(tryStmt.getTryBlock(), loop, conditionNames);
    }

    private static boolean leavesAtTheEnd(BlockStmt block, Statement loop, Set<String> conditionNames) {
        List<Statement> statements = block.getStatements();
        if (statements.stream().anyMatch(statement -> leavesDirectly(statement, loop, conditionNames))) {
            return true;
        }
        if (statements.isEmpty()) {
            return false;
        }
        Statement last = statements.get(statements.size() - 1);
        if (last instanceof TryStmt nested) {
            return leavesAtTheEnd(nested.getTryBlock(), loop, conditionNames);
        }
        return last instanceof IfStmt && leaves(last, loop, conditionNames);
    }

    /** A statement of the block itself that leaves: {@code return}, {@code break}, {@code done = true;}. */
    private static boolean leavesDirectly(Statement statement, Statement loop, Set<String> conditionNames) {
        return statement instanceof ReturnStmt
                || statement instanceof BreakStmt breakStmt && leaves(breakStmt, loop)
                || statement.isExpressionStmt() && statement.asExpressionStmt().getExpression() instanceof AssignExpr assign
                        && assign.getTarget() instanceof NameExpr name && conditionNames.contains(name.getNameAsString());
    }

    /** {@code node} holds a return (outside lambdas), a break out of {@code loop}, or sets a condition variable. */
    private static boolean leaves(Node node, Statement loop, Set<String> conditionNames) {
        return !node.findAll(ReturnStmt.class, RetryWithoutBackoff::outsideLambda).isEmpty()
                || !node.findAll(BreakStmt.class, breakStmt -> leaves(breakStmt, loop)).isEmpty()
                || node.findAll(AssignExpr.class).stream().anyMatch(assign -> assign.getTarget() instanceof NameExpr name
                        && conditionNames.contains(name.getNameAsString()));
    }

    /**
     * Catches a failure that may go away by itself and neither leaves the loop nor the method, nor changes what
     * the try block works on: the next iteration is the same attempt again.
     */
    private static boolean goesRoundAgain(TryStmt tryStmt, CatchClause clause, Statement loop) {
        var body = clause.getBody();
        return isTransient(clause) && !changesInput(tryStmt, clause) && !dropsItem(clause)
                && body.findAll(ThrowStmt.class).isEmpty() && !callsAlwaysThrowing(body, loop)
                && !handsFailureToPolicy(clause)
                && body.findAll(ReturnStmt.class, RetryWithoutBackoff::outsideLambda).isEmpty()
                && body.findAll(BreakStmt.class, breakStmt -> leaves(breakStmt, loop)).isEmpty()
                && !CatchBlocks.isDeliberatelyIgnored(clause);
    }

    /**
     * The catch block calls a method of the same class that always throws: its body ends with a {@code throw}
     * (Derby's {@code clientSocketError(e)} logs and rethrows), so the loop is left, not gone round again.
     */
    private static boolean callsAlwaysThrowing(BlockStmt body, Statement loop) {
        Optional<ClassOrInterfaceDeclaration> owner = loop.findAncestor(ClassOrInterfaceDeclaration.class);
        return body.getStatements().stream().filter(Statement::isExpressionStmt)
                .map(statement -> statement.asExpressionStmt().getExpression())
                .filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
                .flatMap(call -> methodsOfTheSameClass(call, owner).stream())
                .anyMatch(method -> method.getBody().map(block -> !block.getStatements().isEmpty()
                        && block.getStatements().get(block.getStatements().size() - 1) instanceof ThrowStmt)
                        .orElse(false));
    }

    /**
     * The catch block hands the caught failure to a policy object ({@code context.onError(exception)}), which decides
     * whether to go round again and how long to wait first: how retry libraries are built (resilience4j's
     * {@code Retry.Context} sleeps its configured interval there). A logger is no such object.
     */
    private static boolean handsFailureToPolicy(CatchClause clause) {
        String caught = clause.getParameter().getNameAsString();
        return clause.getBody().findAll(MethodCallExpr.class).stream()
                .filter(call -> FAILURE_HANDLER.matcher(call.getNameAsString()).matches())
                .filter(call -> call.getScope().filter(NameExpr.class::isInstance)
                        .filter(scope -> !LOGGER.matcher(scope.toString()).matches()).isPresent())
                .anyMatch(call -> call.getArguments().stream().anyMatch(argument -> argument.toString().equals(caught)));
    }

    private static boolean isTransient(CatchClause clause) {
        return CatchBlocks.caughtNames(clause).stream().anyMatch(name -> TRANSIENT_FAILURE.matcher(name).matches());
    }

    /**
     * The catch block drops or takes an item ({@code outbound.remove(cause)}, {@code queue.poll()}): the failed item
     * is given up and the next round works on the next one, as Netty's datagram channels write their messages.
     */
    private static boolean dropsItem(CatchClause clause) {
        return dropsOrTakesItem(clause.getBody());
    }

    /** {@code node} calls a remove... method or takes the next item ({@code poll}, {@code next} ...). */
    private static boolean dropsOrTakesItem(Node node) {
        return node.findAll(MethodCallExpr.class).stream().map(MethodCallExpr::getNameAsString)
                .anyMatch(name -> name.startsWith("remove") || takesItem(name));
    }

    private static boolean takesItem(String methodName) {
        return ITEM_ADVANCES.contains(methodName) || ITEM_TAKE.matcher(methodName).matches();
    }

    /**
     * The catch block assigns, increments or decrements a variable the try block reads: the next attempt tries
     * something else (a fallback, or the next port as JMeter's {@code i++} does).
     */
    private static boolean changesInput(TryStmt tryStmt, CatchClause clause) {
        Set<String> read = tryStmt.getTryBlock().findAll(NameExpr.class).stream().map(NameExpr::getNameAsString)
                .collect(Collectors.toSet());
        boolean assigns = clause.getBody().findAll(AssignExpr.class).stream()
                .anyMatch(assign -> assign.getTarget() instanceof NameExpr name && read.contains(name.getNameAsString()));
        boolean steps = clause.getBody().findAll(UnaryExpr.class).stream().filter(RetryWithoutBackoff::steps)
                .anyMatch(unary -> unary.getExpression() instanceof NameExpr name && read.contains(name.getNameAsString()));
        return assigns || steps;
    }

    /** A labelled break, or one whose innermost enclosing loop or switch is {@code loop}. */
    private static boolean leaves(BreakStmt breakStmt, Statement loop) {
        return breakStmt.getLabel().isPresent()
                || breakStmt.findAncestor(Statement.class, RetryWithoutBackoff::isBreakTarget)
                        .filter(loop::equals).isPresent();
    }

    private static boolean isBreakTarget(Statement statement) {
        return isLoop(statement) || statement instanceof ForEachStmt || statement instanceof SwitchStmt;
    }

    private static boolean outsideLambda(Node node) {
        return node.findAncestor(LambdaExpr.class).isEmpty();
    }

    /**
     * The innermost loop {@code node} runs in; none when a lambda or a class body comes first: a try in a task the
     * loop schedules (Openfire's connection attempts) runs elsewhere, and its {@code return} leaves the task.
     */
    private static Optional<Statement> nearestLoop(Node node) {
        for (Optional<Node> parent = node.getParentNode(); parent.isPresent(); parent = parent.get().getParentNode()) {
            Node ancestor = parent.get();
            if (ancestor instanceof LambdaExpr || ancestor instanceof TypeDeclaration<?>
                    || ancestor instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return Optional.empty();
            }
            if (ancestor instanceof Statement statement && isLoop(statement)) {
                return Optional.of(statement);
            }
        }
        return Optional.empty();
    }

    /**
     * A call in the loop waits: its name says so, or it takes a {@link java.util.concurrent.TimeUnit} and so blocks for
     * up to that long ({@code queue.poll(3000, TimeUnit.MILLISECONDS)}, {@code lock.tryLock(1, SECONDS)}).
     */
    private static boolean waits(Statement loop) {
        return loop.findAll(MethodCallExpr.class).stream().anyMatch(call -> {
            String name = call.getNameAsString().toLowerCase(Locale.ROOT);
            return WAITING_WORDS.stream().anyMatch(name::contains) || call.getArguments().stream()
                    .anyMatch(argument -> TIME_UNIT.matcher(argument.toString()).matches());
        });
    }

    private static boolean isRetryableWithoutBackoff(AnnotationExpr annotation) {
        String name = annotation.getNameAsString();
        if (!name.equals("Retryable") && !name.endsWith(".Retryable")) {
            return false;
        }
        return !(annotation instanceof NormalAnnotationExpr normal) || normal.getPairs().stream()
                .noneMatch(pair -> BACKOFF_ATTRIBUTES.contains(pair.getNameAsString()) || isStateful(pair));
    }

    /**
     * {@code stateful = true}: the failure is rethrown and the caller's next call (a redelivered message, a call
     * through Spring Retry's {@code @CircuitBreaker}) is the next attempt; no attempts follow each other in the call.
     */
    private static boolean isStateful(MemberValuePair pair) {
        return pair.getNameAsString().equals("stateful") && pair.getValue().toString().equals("true");
    }
}
