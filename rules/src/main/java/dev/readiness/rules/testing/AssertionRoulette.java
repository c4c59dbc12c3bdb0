package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.List;
import java.util.Map;

/**
 * A test with more than {@value #MAX_UNEXPLAINED} plain JUnit/TestNG asserts that carry no message and are not
 * grouped in {@code assertAll}: when one fails, the report says "expected 3 but was 4" and not which of them.
 * AssertJ, Truth and Hamcrest describe the checked value in their failures and are not counted. tsDetect's
 * "Assertion Roulette", with a threshold instead of "more than one".
 */
@RuleDefinition(
        id = "testing/assertion-roulette",
        summary = "Test has many asserts without messages.",
        description = "Reports tests with more than " + AssertionRoulette.MAX_UNEXPLAINED + " JUnit or TestNG asserts (assertEquals, "
                + "assertTrue, ...) that have no failure message and are not grouped in assertAll. A failure "
                + "names neither the value nor the assert, so whoever reads it, human or agent, must rerun and "
                + "debug to find out what broke.",
        level = Level.NOTE,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class AssertionRoulette implements JavaFileRule {

    /** More unexplained asserts than this in one test are reported. */
    static final int MAX_UNEXPLAINED = 3;

    /** Plain asserts with the number of arguments they take without a message. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("assertEquals", 2), Map.entry("assertNotEquals", 2), Map.entry("assertArrayEquals", 2),
            Map.entry("assertIterableEquals", 2), Map.entry("assertLinesMatch", 2), Map.entry("assertSame", 2),
            Map.entry("assertNotSame", 2), Map.entry("assertEqualsNoOrder", 2), Map.entry("assertEqualsDeep", 2),
            Map.entry("assertTrue", 1), Map.entry("assertFalse", 1), Map.entry("assertNull", 1),
            Map.entry("assertNotNull", 1));

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            long unexplained = test.findAll(MethodCallExpr.class, AssertionRoulette::isUnexplainedAssert).stream()
                    .filter(call -> !inAssertAll(call, test)).count();
            if (unexplained > MAX_UNEXPLAINED) {
                sink.report(SourceLocations.ofName(file, test), "Test " + test.getNameAsString() + " has " + unexplained
                        + " asserts without a message: a failure will not say which one broke or why. Add messages, "
                        + "group them in assertAll, split the test, or use AssertJ, whose failures describe the value.");
            }
        }
    }

    /** A JUnit/TestNG assert without a failure message. */
    static boolean isUnexplainedAssert(MethodCallExpr call) {
        Integer arity = ARITY.get(call.getNameAsString());
        if (arity == null || !TestCode.isPlainAssertScope(call)) {
            return false;
        }
        List<Expression> arguments = call.getArguments();
        if (arguments.size() <= arity) {
            return true;
        }
        if (arguments.size() > arity + 1 || arity == 1) {
            return false;
        }
        // assertEquals(a, b, x): x is a message (last in JUnit 5 and TestNG, first in JUnit 4) or a delta
        return !TestCode.looksLikeMessage(arguments.get(0)) && !TestCode.looksLikeMessage(arguments.get(arity));
    }

    private static boolean inAssertAll(Node call, MethodDeclaration test) {
        for (Node current = call.getParentNode().orElse(null); current != null && current != test;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof MethodCallExpr outer && outer.getNameAsString().equals("assertAll")) {
                return true;
            }
        }
        return false;
    }
}
