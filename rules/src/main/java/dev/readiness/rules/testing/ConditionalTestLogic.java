package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.AssertionObjects;
import dev.readiness.core.source.testcode.Oracles;
import java.util.Optional;

/**
 * Branches and data-dependent loops in a test method (tsDetect's "Conditional Test Logic"): every {@code if},
 * {@code switch} and {@code ?:}; a loop only when its body asserts and it iterates over data the test does not
 * fix itself (a result, a collection computed by the code under test), so the number of checks depends on the
 * code under test — possibly zero. Loops over a table written in the test or given by a parameterized test's
 * source, loops over data whose size the test asserted first, loops that only set up data, guards that only fail
 * ({@code if (!done) fail(...)}, an assertion written as an if), clean-up in {@code finally} blocks, and code in
 * lambdas and anonymous classes (stub behaviour, stream steps) are not reported.
 */
@RuleDefinition(
        id = "testing/conditional-test-logic",
        summary = "Test has branches or asserts in a data-dependent loop.",
        description = "Reports if, switch and conditional expressions in test methods, and loops whose body "
                + "asserts while iterating over data the test does not control. Such a test checks different "
                + "things on different runs, may check nothing at all, and a failure does not say which path "
                + "was taken.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class ConditionalTestLogic implements JavaFileRule {

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            AssertionObjects objects = AssertionObjects.around(test);
            test.getBody().ifPresent(body -> body.walk(Node.TreeTraversal.PREORDER,
                    node -> checkNode(file, new TestMethod(test, objects), node, sink)));
        }
    }

    /** The test method being read and the checking objects around it. */
    private record TestMethod(MethodDeclaration method, AssertionObjects objects) {
    }

    /** Code in lambdas and nested classes (stubs, stream steps) and clean-up in finally is not the test's own logic. */
    private static void checkNode(JavaFile file, TestMethod test, Node node, FindingSink sink) {
        if (TestCode.inNestedCode(node, test.method()) || TestCode.inFinally(node, test.method())) {
            return;
        }
        kind(node, test).ifPresent(kind -> sink.report(SourceLocations.of(file, node),
                message(kind, test.method().getNameAsString())));
    }

    /** What kind of conditional logic {@code node} is, empty when it is none that this rule reports. */
    private static Optional<String> kind(Node node, TestMethod test) {
        if (node instanceof IfStmt ifStmt) {
            return isElseIf(ifStmt) || Oracles.isGuard(ifStmt) ? Optional.empty() : Optional.of("an if statement");
        }
        if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
            return Optional.of("a switch");
        }
        if (node instanceof ConditionalExpr) {
            return Optional.of("a conditional expression (?:)");
        }
        return loopKind(node).filter(kind -> assertsInBody((Statement) node, test.objects())
                && !FixedTables.isFixed(node) && !AssertedSizes.checkedBefore((Statement) node, test.method(), test.objects()));
    }

    private static Optional<String> loopKind(Node node) {
        if (node instanceof ForStmt || node instanceof ForEachStmt) {
            return Optional.of("a loop that asserts over data the test does not fix");
        }
        if (node instanceof WhileStmt || node instanceof DoStmt) {
            return Optional.of("a loop that asserts while a runtime condition holds");
        }
        return Optional.empty();
    }

    private static boolean isElseIf(IfStmt ifStmt) {
        return ifStmt.getParentNode().filter(IfStmt.class::isInstance)
                .flatMap(parent -> ((IfStmt) parent).getElseStmt()).filter(other -> other == ifStmt).isPresent();
    }

    private static boolean assertsInBody(Statement loop, AssertionObjects objects) {
        Node body = loop instanceof ForStmt forStmt ? forStmt.getBody()
                : loop instanceof ForEachStmt forEach ? forEach.getBody()
                : loop instanceof WhileStmt whileStmt ? whileStmt.getBody() : ((DoStmt) loop).getBody();
        return !body.findAll(MethodCallExpr.class, call -> Oracles.isOracle(call, objects)).isEmpty()
                || !body.findAll(Statement.class, Oracles::isCheckStatement).isEmpty();
    }

    private static String message(String kind, String test) {
        return "Test " + test + " contains " + kind + ": what it checks depends on the path taken at run time. "
                + "Split it into one straight-line test per case, or use a parameterized test over a fixed table.";
    }
}
