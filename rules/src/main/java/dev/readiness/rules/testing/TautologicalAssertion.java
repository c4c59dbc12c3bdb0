package dev.readiness.rules.testing;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions that cannot fail whatever the code under test does: {@code assertTrue(true)},
 * {@code assertEquals(x, x)}, {@code assertNotNull(new X())}, AssertJ {@code assertThat(true).isTrue()},
 * {@code assertThat(x).isEqualTo(x)}. tsDetect's "Redundant Assertion".
 */
@RuleDefinition(
        id = "testing/tautological-assertion",
        summary = "Assertion that cannot fail.",
        description = "Reports assertions in tests whose outcome is fixed by the test itself: assertTrue(true), "
                + "assertFalse(false), assertEquals(x, x), assertSame(x, x), assertNotNull(new X()) or of a "
                + "literal, and the AssertJ forms assertThat(true).isTrue(), assertThat(x).isEqualTo(x). They "
                + "look like checks and pass whatever the production code does.",
        level = Level.WARNING,
        precision = Precision.VERY_HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class TautologicalAssertion implements JavaFileRule {

    private static final Set<String> SAME_ARGUMENT_ASSERTS = Set.of("assertEquals", "assertSame");
    private static final Set<String> NOT_NULL_ASSERTS = Set.of("assertNotNull", "assertNull");
    /** AssertJ/Truth steps between assertThat(...) and the check that only describe the assertion. */
    private static final Set<String> DESCRIPTIONS = Set.of("as", "describedAs", "withFailMessage",
            "overridingErrorMessage");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            for (MethodCallExpr call : test.findAll(MethodCallExpr.class)) {
                tautology(call, test).ifPresent(why -> sink.report(SourceLocations.of(file, call),
                        "This assertion cannot fail: " + why + ". Assert on a value the code under test produced, "
                                + "or delete it."));
            }
        }
    }

    /** Why {@code call} is tautological, empty when it is not. */
    static Optional<String> tautology(MethodCallExpr call, MethodDeclaration test) {
        String name = call.getNameAsString();
        if (name.equals("assertTrue") || name.equals("assertFalse")) {
            return booleanLiteralAssert(call, name.equals("assertTrue"));
        }
        if (SAME_ARGUMENT_ASSERTS.contains(name)) {
            return sameArguments(call, test);
        }
        if (NOT_NULL_ASSERTS.contains(name)) {
            return nullCheckOfKnownValue(call, name.equals("assertNotNull"));
        }
        return fluent(call);
    }

    private static Optional<String> booleanLiteralAssert(MethodCallExpr call, boolean expected) {
        if (!TestCode.isPlainAssertScope(call)) {
            return Optional.empty();
        }
        boolean literal = call.getArguments().stream().anyMatch(argument -> argument instanceof BooleanLiteralExpr bool
                && bool.getValue() == expected);
        return literal ? Optional.of(call.getNameAsString() + " of the literal " + expected) : Optional.empty();
    }

    private static Optional<String> sameArguments(MethodCallExpr call, MethodDeclaration test) {
        List<Expression> arguments = call.getArguments();
        if (!TestCode.isPlainAssertScope(call) || arguments.size() < 2) {
            return Optional.empty();
        }
        // JUnit 4 puts the message first: assertEquals("message", expected, actual)
        int first = arguments.size() >= 3 && TestCode.looksLikeMessage(arguments.get(0)) ? 1 : 0;
        Expression expected = arguments.get(first);
        Expression actual = arguments.get(first + 1);
        if (!expected.equals(actual) || !isPlainValue(expected) || testsEqualsItself(call, test, expected)) {
            return Optional.empty();
        }
        return Optional.of(call.getNameAsString() + " compares " + expected + " with itself");
    }

    /**
     * assertEquals(x, x) calls x.equals(x): in a test about equals (reflexivity) that is the point. assertSame
     * and literals never are.
     */
    private static boolean testsEqualsItself(MethodCallExpr call, MethodDeclaration test, Expression value) {
        String testName = test.getNameAsString().toLowerCase(Locale.ROOT);
        return call.getNameAsString().equals("assertEquals") && !(value instanceof LiteralExpr)
                && (testName.contains("equal") || testName.contains("reflexiv"));
    }

    private static Optional<String> nullCheckOfKnownValue(MethodCallExpr call, boolean notNull) {
        List<Expression> arguments = call.getArguments();
        if (!TestCode.isPlainAssertScope(call) || arguments.isEmpty() || arguments.size() > 2) {
            return Optional.empty();
        }
        Expression value = arguments.size() == 2 && TestCode.looksLikeMessage(arguments.get(0))
                && !TestCode.looksLikeMessage(arguments.get(1)) ? arguments.get(1) : arguments.get(0);
        if (notNull && isNeverNull(value)) {
            return Optional.of("assertNotNull of " + describe(value) + ", which is never null");
        }
        if (!notNull && value instanceof NullLiteralExpr) {
            return Optional.of("assertNull of the literal null");
        }
        return Optional.empty();
    }

    /** AssertJ / Truth: assertThat(true).isTrue(), assertThat(x).isEqualTo(x), assertThat(new X()).isNotNull(). */
    private static Optional<String> fluent(MethodCallExpr check) {
        Optional<Expression> subject = assertThatSubject(check);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Expression actual = subject.get();
        String name = check.getNameAsString();
        boolean tautology = switch (name) {
            case "isTrue" -> actual instanceof BooleanLiteralExpr bool && bool.getValue();
            case "isFalse" -> actual instanceof BooleanLiteralExpr bool && !bool.getValue();
            case "isEqualTo", "isSameAs" -> check.getArguments().size() == 1
                    && check.getArgument(0).equals(actual) && isPlainValue(actual);
            case "isNotNull" -> isNeverNull(actual);
            default -> false;
        };
        return tautology ? Optional.of("assertThat(" + actual + ")." + name + "(...) checks the test's own value")
                : Optional.empty();
    }

    /** The argument of the assertThat(...) call this check is chained on, skipping as(...) and the like. */
    private static Optional<Expression> assertThatSubject(MethodCallExpr check) {
        Optional<Expression> scope = check.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr call) {
            if (call.getNameAsString().equals("assertThat") && call.getArguments().size() == 1) {
                return Optional.of(call.getArgument(0));
            }
            if (!DESCRIPTIONS.contains(call.getNameAsString())) {
                return Optional.empty();
            }
            scope = call.getScope();
        }
        return Optional.empty();
    }

    /** A value that evaluating twice cannot change: a literal, a variable, a field, {@code this}. */
    private static boolean isPlainValue(Expression expression) {
        return expression instanceof LiteralExpr && !(expression instanceof NullLiteralExpr)
                || expression instanceof NameExpr || expression instanceof ThisExpr
                || expression instanceof FieldAccessExpr field && isPlainValue(field.getScope());
    }

    private static boolean isNeverNull(Expression expression) {
        return expression instanceof ObjectCreationExpr || expression instanceof ArrayCreationExpr
                || expression instanceof LiteralExpr && !(expression instanceof NullLiteralExpr);
    }

    private static String describe(Expression value) {
        return value instanceof ObjectCreationExpr || value instanceof ArrayCreationExpr
                ? "a newly created object" : "the literal " + value;
    }
}
