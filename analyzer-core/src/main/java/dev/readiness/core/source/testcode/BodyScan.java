package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Reads what a method body (or any node) checks, calls and references. */
final class BodyScan {

    private BodyScan() {
    }

    static OracleCalls oracles(Node node) {
        AssertionObjects objects = AssertionObjects.around(node);
        int total = node.findAll(Statement.class, Oracles::isCheckStatement).size()
                + node.findAll(MethodReferenceExpr.class, Oracles::isOracleReference).size();
        int mock = 0;
        int withoutMessage = 0;
        boolean expects = false;
        for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
            boolean mockVerification = Oracles.isMockVerification(call) && !checksForwarding(call, node);
            if (Oracles.isOracle(call, objects) || mockVerification) {
                total++;
                mock += mockVerification ? 1 : 0;
                withoutMessage += Oracles.isAssertWithoutMessage(call) ? 1 : 0;
            }
            expects |= Oracles.expectsException(call);
        }
        return new OracleCalls(total, mock, withoutMessage, expects || hasTryFailCatch(node));
    }

    /**
     * {@code verify(mock).cancel()} where the test itself called {@code cancel()} on something else: it checks that the
     * object under test forwards the call to the mock it wraps, which is the outcome of a delegating wrapper (DBCP's
     * {@code DelegatingStatement} tests), so it counts as checking a result, not as a mere interaction.
     */
    private static boolean checksForwarding(MethodCallExpr verification, Node test) {
        if (!verification.getNameAsString().equals("verify") || verification.getArguments().isEmpty()) {
            return false;
        }
        Optional<MethodCallExpr> verified = verification.getParentNode().filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast).filter(parent -> parent.getScope().filter(verification::equals).isPresent());
        if (verified.isEmpty()) {
            return false;
        }
        String method = verified.get().getNameAsString();
        String mock = verification.getArgument(0).toString();
        return test.findAll(MethodCallExpr.class).stream()
                .filter(call -> call.getNameAsString().equals(method) && call != verified.get())
                .anyMatch(call -> call.getScope().filter(scope -> !(scope instanceof MethodCallExpr)
                        && !scope.toString().equals(mock)).isPresent());
    }

    /** {@code try { act(); fail(); } catch (Expected e) { }}: the JUnit 3/4 idiom for an expected exception. */
    private static boolean hasTryFailCatch(Node node) {
        for (TryStmt tryStmt : node.findAll(TryStmt.class)) {
            boolean fails = !tryStmt.getTryBlock().findAll(MethodCallExpr.class, Oracles::isFail).isEmpty();
            List<CatchClause> catches = tryStmt.getCatchClauses();
            if (fails && !catches.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static List<String> calledMethods(Node node) {
        TreeSet<String> names = new TreeSet<>();
        node.findAll(MethodCallExpr.class).forEach(call -> names.add(call.getNameAsString()));
        return List.copyOf(names);
    }

    /**
     * The methods a test calls, and the methods of its own class it hands on by reference
     * ({@code events.forEach(this::verifyEvent)}, {@code forEach(OrderTest::verifyEvent)}): the test runs their checks
     * on each element. A reference to another type's method ({@code Runnable::run}) names no helper, and helpers'
     * own references (thread bodies, callbacks) are plumbing, not checks the test runs.
     */
    static List<String> calledMethodsOfTest(MethodDeclaration test) {
        TreeSet<String> names = new TreeSet<>(calledMethods(test));
        test.findAll(MethodReferenceExpr.class, BodyScan::refersToOwnClass)
                .forEach(reference -> names.add(reference.getIdentifier()));
        return List.copyOf(names);
    }

    private static boolean refersToOwnClass(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
            return true;
        }
        String named = scope instanceof TypeExpr type ? type.getType().asString() : scope.toString();
        for (Node current = reference.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> declaration && declaration.getNameAsString().equals(named)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names of the methods called without arguments and without a receiver or on {@code this}/{@code super}: the
     * calls that can run another test of the class ({@code testEmptyIterator()}, {@code super.testRemove()}).
     */
    static List<String> calledOwnMethods(Node node) {
        TreeSet<String> names = new TreeSet<>();
        node.findAll(MethodCallExpr.class, call -> call.getArguments().isEmpty() && call.getScope()
                        .map(scope -> scope instanceof ThisExpr || scope instanceof SuperExpr).orElse(true))
                .forEach(call -> names.add(call.getNameAsString()));
        return List.copyOf(names);
    }

    /** Simple names of types written in the node: declared types, {@code new X()}, {@code X.call()} scopes. */
    static TreeSet<String> referencedTypes(Node node) {
        TreeSet<String> names = new TreeSet<>();
        node.findAll(ClassOrInterfaceType.class).forEach(type -> names.add(type.getNameAsString()));
        node.findAll(NameExpr.class).stream().map(NameExpr::getNameAsString)
                .filter(name -> Character.isUpperCase(name.charAt(0)))
                .forEach(names::add);
        return names;
    }
}
