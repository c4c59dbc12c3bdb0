package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions that cannot fail whatever the code under test does: {@code assertTrue(true)},
 * {@code assertEquals(x, x)}, {@code assertNotNull(new X())}, AssertJ {@code assertThat(true).isTrue()},
 * {@code assertThat(x).isEqualTo(x)}. tsDetect's "Redundant Assertion". Left alone where the assertion itself is
 * what is tested: JUnit's {@code assertEquals(x, x)} in a test of equals (reflexivity: the test or its class is
 * named after equals or hashCode, or it calls them itself), a check the test is named after
 * ({@code BooleanAssert_isEqualTo_Test}), an assertion made through a soft-assertions object under test
 * ({@code softly.assertThat(1).isEqualTo(1)}), and a trivial requirement handed to the code under test
 * ({@code satisfies(x -> assertThat(true).isTrue())}).
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
    /** Shorter check names ("as") count as named only as a whole {@code _}-separated part of the test's name. */
    private static final int MIN_NAMED_CHECK = 6;

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
        if (TestCode.inHandedOverCode(call, test)) {
            return Optional.empty();
        }
        return tautologyOf(call, test).filter(why -> !namesTheCheck(test, checksOf(call)));
    }

    private static Optional<String> tautologyOf(MethodCallExpr call, MethodDeclaration test) {
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
     * JUnit's assertEquals(x, x) calls x.equals(x): in a test about equals (reflexivity) that is the point.
     * assertSame, literals and AssertJ's isEqualTo (which compares identity first and never calls equals on the
     * same object) never are.
     */
    private static boolean testsEqualsItself(MethodCallExpr call, MethodDeclaration test, Expression value) {
        return call.getNameAsString().equals("assertEquals") && !(value instanceof LiteralExpr) && isAboutEquality(test);
    }

    /**
     * A test of equals and hashCode: it or its class is named after them ({@code testEquals},
     * {@code equalsIsReflexive}, a nested {@code class Equals}), or it calls them itself next to its asserts.
     */
    private static boolean isAboutEquality(MethodDeclaration test) {
        String names = contextNames(test);
        return names.contains("equal") || names.contains("hashcode") || names.contains("reflexiv")
                || !test.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("equals")
                        && call.getArguments().size() == 1
                        || call.getNameAsString().equals("hashCode") && call.getArguments().isEmpty()).isEmpty();
    }

    /**
     * The test is named after one of the calls of the assertion ({@code BooleanAssert_isEqualTo_Test},
     * {@code withAssertions_assertThat_long_Test}, {@code AbstractAssert_as_Test}): the assertion library is the
     * code under test, and checking a known value is how it is tested.
     */
    private static boolean namesTheCheck(MethodDeclaration test, List<String> checks) {
        String names = contextNames(test);
        List<String> tokens = List.of(names.split("[_\\s]+"));
        return checks.stream().map(check -> check.toLowerCase(Locale.ROOT))
                .anyMatch(check -> tokens.contains(check) || check.length() >= MIN_NAMED_CHECK && names.contains(check));
    }

    /** The test's name and the names of the classes around it, lower case, separated by spaces. */
    private static String contextNames(MethodDeclaration test) {
        StringBuilder names = new StringBuilder(test.getNameAsString());
        for (Node current = test.getParentNode().orElse(null); current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                names.append(' ').append(type.getNameAsString());
            }
        }
        return names.toString().toLowerCase(Locale.ROOT);
    }

    /** The method names of an assertion: {@code assertEquals}, or a fluent chain's {@code assertThat, as, isTrue}. */
    private static List<String> checksOf(MethodCallExpr call) {
        List<String> names = new ArrayList<>();
        Optional<Expression> current = Optional.of(call);
        while (current.isPresent() && current.get() instanceof MethodCallExpr step) {
            names.add(step.getNameAsString());
            current = step.getScope();
        }
        return names;
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

    /**
     * The argument of the assertThat(...) call this check is chained on, skipping as(...) and the like; empty when
     * assertThat is called on an object ({@code softly.assertThat}), whose collecting is then what is tested.
     */
    private static Optional<Expression> assertThatSubject(MethodCallExpr check) {
        Optional<Expression> scope = check.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr call) {
            if (call.getNameAsString().equals("assertThat") && call.getArguments().size() == 1) {
                return isOnAnInstance(call) ? Optional.empty() : Optional.of(call.getArgument(0));
            }
            if (!DESCRIPTIONS.contains(call.getNameAsString())) {
                return Optional.empty();
            }
            scope = call.getScope();
        }
        return Optional.empty();
    }

    /** {@code softly.assertThat(...)}: called on a variable, not on an assertion class or statically imported. */
    private static boolean isOnAnInstance(MethodCallExpr call) {
        return call.getScope().filter(NameExpr.class::isInstance)
                .map(scope -> Character.isLowerCase(scope.toString().charAt(0))).orElse(false);
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
