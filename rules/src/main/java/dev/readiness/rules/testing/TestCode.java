package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.Oracles;
import dev.readiness.core.source.testcode.TestFixtures;
import java.util.List;
import java.util.Optional;

/** Shared recognition for the test-smell rules: test methods, assertion scopes, failure messages. */
final class TestCode {

    private TestCode() {
    }

    /**
     * The test methods of a test file (JUnit 4/5, TestNG, nested classes included, fixture classes the tests run as
     * inputs left out); none in production code.
     */
    static List<MethodDeclaration> testMethods(JavaFile file) {
        if (!file.isTest()) {
            return List.of();
        }
        return TestFixtures.testsOf(file.unit());
    }

    /** The simple or dotted name a call is made on ({@code Assert}, {@code org.junit.Assert}), empty otherwise. */
    static Optional<String> scopeName(MethodCallExpr call) {
        return call.getScope().filter(scope -> scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                .map(Expression::toString);
    }

    /**
     * A call of the JUnit/TestNG assertion classes: unqualified (static import) or on {@code Assert},
     * {@code Assertions}, {@code AssertJUnit}, fully qualified or not.
     */
    static boolean isPlainAssertScope(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return true;
        }
        return scopeName(call).map(name -> name.substring(name.lastIndexOf('.') + 1))
                .filter(name -> name.equals("Assert") || name.equals("Assertions") || name.equals("AssertJUnit"))
                .isPresent();
    }

    /**
     * Whether an argument reads like a failure message rather than a value: a string literal or text block,
     * a concatenation holding one, a {@code String.format}/{@code formatted} call, or a message supplier lambda.
     */
    static boolean looksLikeMessage(Expression argument) {
        if (argument instanceof StringLiteralExpr || argument instanceof TextBlockLiteralExpr
                || argument instanceof LambdaExpr) {
            return true;
        }
        if (argument instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return looksLikeMessage(binary.getLeft()) || looksLikeMessage(binary.getRight());
        }
        return argument instanceof MethodCallExpr call
                && (call.getNameAsString().equals("format") || call.getNameAsString().equals("formatted"));
    }

    /**
     * True when {@code node} sits in a lambda or an anonymous or local class inside {@code method}: code that
     * defines a stub's behaviour or a stream step, not the test's own control flow.
     */
    static boolean inNestedCode(Node node, MethodDeclaration method) {
        for (Node current = node.getParentNode().orElse(null); current != null && current != method;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof LambdaExpr || current instanceof LocalClassDeclarationStmt
                    || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code node} sits in a lambda or an anonymous or local class that the test hands to other code (a
     * stub's answer, a loader or supplier the code under test calls, a background thread) rather than running it
     * itself or giving it to an assertion ({@code assertAll(() -> ...)}, {@code assertTimeout(d, () -> ...)}).
     */
    static boolean inHandedOverCode(Node node, MethodDeclaration method) {
        for (Node current = node.getParentNode().orElse(null); current != null && current != method;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof LambdaExpr lambda && isHandedOver(lambda, method)
                    || current instanceof LocalClassDeclarationStmt
                    || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lambda given as an argument to a call that is not an assertion, or kept in a local variable that is given
     * to one; a lambda the test calls itself ({@code slow.run()}) is the test's own code.
     */
    private static boolean isHandedOver(LambdaExpr lambda, MethodDeclaration method) {
        Optional<Node> parent = lambda.getParentNode();
        if (parent.filter(VariableDeclarator.class::isInstance).isPresent()) {
            String variable = ((VariableDeclarator) parent.get()).getNameAsString();
            return method.findAll(NameExpr.class, name -> name.getNameAsString().equals(variable)).stream()
                    .anyMatch(TestCode::isArgumentOfNonAssertion);
        }
        return isArgumentOfNonAssertion(lambda);
    }

    private static boolean isArgumentOfNonAssertion(Expression expression) {
        Optional<Node> parent = expression.getParentNode();
        if (parent.filter(ObjectCreationExpr.class::isInstance).isPresent()) {
            return ((ObjectCreationExpr) parent.get()).getArguments().stream().anyMatch(argument -> argument == expression);
        }
        return parent.filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
                .filter(call -> call.getArguments().stream().anyMatch(argument -> argument == expression)
                        && !Oracles.isOracle(call)).isPresent();
    }

    /** True when {@code node} sits in the finally block of a try statement inside {@code method}: clean-up code. */
    static boolean inFinally(Node node, MethodDeclaration method) {
        Node child = node;
        for (Node current = node.getParentNode().orElse(null); current != null && current != method;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof TryStmt tryStmt && tryStmt.getFinallyBlock().orElse(null) == child) {
                return true;
            }
            child = current;
        }
        return false;
    }

    /** The type that declares {@code method} directly, if any. */
    static Optional<TypeDeclaration<?>> declaringType(Node method) {
        return method.getParentNode().filter(TypeDeclaration.class::isInstance).map(parent -> (TypeDeclaration<?>) parent);
    }
}
