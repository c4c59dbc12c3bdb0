package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises calls that check something (test oracles): JUnit 4/5 and TestNG asserts, {@code fail},
 * {@code assertThrows}/{@code assertDoesNotThrow}/{@code assertAll}/{@code assertTimeout}, AssertJ and
 * Truth ({@code assertThat}, {@code assertThatThrownBy}, {@code then}, {@code assertWithMessage},
 * {@code expect}), Hamcrest {@code assertThat}, Mockito {@code verify}/{@code verifyNoMoreInteractions}
 * and the like. Project helpers that assert are found separately (they call an oracle themselves).
 */
public final class Oracles {

    /** assertEquals, assertThat, assertThatThrownBy, assertTrue, assertArrayEquals ... */
    private static final Pattern ASSERT_NAME = Pattern.compile("assert[A-Z]\\w*|assert");
    private static final Set<String> OTHER_ORACLES = Set.of("fail", "then", "thenThrownBy", "expect",
            "assertWithMessage", "verify", "verifyNoMoreInteractions", "verifyNoInteractions",
            "verifyZeroInteractions", "inOrder");
    private static final Set<String> MOCK_VERIFICATIONS = Set.of("verify", "verifyNoMoreInteractions",
            "verifyNoInteractions", "verifyZeroInteractions", "inOrder");
    /**
     * Fluent checks of test libraries: Spring MockMvc {@code andExpect}, WebTestClient {@code expectStatus},
     * Reactor StepVerifier {@code expectNext}/{@code verifyComplete}, EasyMock-free {@code verifyXxx} checks.
     */
    private static final Pattern FLUENT_CHECK = Pattern.compile("(andExpect|expect[A-Z]\\w*|verify[A-Z]\\w*)");
    /** JUnit/TestNG asserts and how many arguments they take without a message. */
    private static final Map<String, Integer> ARITY_WITHOUT_MESSAGE = Map.ofEntries(
            Map.entry("assertTrue", 1), Map.entry("assertFalse", 1), Map.entry("assertNull", 1),
            Map.entry("assertNotNull", 1), Map.entry("assertEquals", 2), Map.entry("assertNotEquals", 2),
            Map.entry("assertSame", 2), Map.entry("assertNotSame", 2), Map.entry("assertArrayEquals", 2),
            Map.entry("assertIterableEquals", 2), Map.entry("assertLinesMatch", 2));
    /** Calls that pass only when the code under test throws. */
    private static final Set<String> EXPECTING_EXCEPTION = Set.of("assertThrows", "assertThrowsExactly",
            "assertThatThrownBy", "assertThatExceptionOfType", "assertThatIllegalArgumentException",
            "assertThatIllegalStateException", "assertThatNullPointerException", "assertThatIOException",
            "expectThrows", "thenThrownBy", "catchThrowableOfType");

    private Oracles() {
    }

    /** True for a call that checks a result or an interaction. */
    public static boolean isOracle(MethodCallExpr call) {
        if (isArchUnitCheck(call)) {
            return true;
        }
        String name = call.getNameAsString();
        if (ASSERT_NAME.matcher(name).matches() || FLUENT_CHECK.matcher(name).matches()) {
            return true;
        }
        if (!OTHER_ORACLES.contains(name)) {
            return false;
        }
        // then(...)/expect(...) are also common method names; accept them as oracles only unqualified or on
        // the assertion libraries' classes (BDDAssertions.then, Truth.expect ...)
        return name.equals("verify") || name.startsWith("verify") || name.equals("fail")
                || scopeName(call).map(Oracles::isAssertionClass).orElse(true);
    }

    /**
     * Mockito's verification calls ({@code verify}, {@code inOrder}, BDDMockito {@code then(mock).should()}):
     * they check interactions, not results.
     */
    public static boolean isMockVerification(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (MOCK_VERIFICATIONS.contains(name)) {
            return true;
        }
        return name.equals("then") && call.getParentNode()
                .filter(MethodCallExpr.class::isInstance)
                .map(parent -> ((MethodCallExpr) parent).getNameAsString().startsWith("should"))
                .orElse(false);
    }

    /** ArchUnit's {@code rule.check(classes)} throws an AssertionError on a violation: an oracle. */
    private static boolean isArchUnitCheck(MethodCallExpr call) {
        return call.getNameAsString().equals("check") && call.getArguments().size() == 1
                && call.findCompilationUnit().map(unit -> unit.getImports().stream()
                        .anyMatch(anImport -> anImport.getNameAsString().startsWith("com.tngtech.archunit")))
                        .orElse(false);
    }

    /** A JUnit/TestNG-style assert called without a failure message ({@code assertEquals(a, b)}). */
    public static boolean isAssertWithoutMessage(MethodCallExpr call) {
        Integer arity = ARITY_WITHOUT_MESSAGE.get(call.getNameAsString());
        return arity != null && call.getArguments().size() <= arity;
    }

    /**
     * A call that passes only when an exception is thrown: {@code assertThrows}, AssertJ's
     * {@code assertThatThrownBy}, or a JUnit 4 ExpectedException rule's {@code expect(X.class)}.
     */
    public static boolean expectsException(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (EXPECTING_EXCEPTION.contains(name)) {
            return true;
        }
        return name.equals("expect") && call.getScope().isPresent() && call.getArguments().size() == 1
                && call.getArgument(0).isClassExpr();
    }

    private static Optional<String> scopeName(MethodCallExpr call) {
        return call.getScope().filter(NameExpr.class::isInstance).map(Expression::toString);
    }

    private static boolean isAssertionClass(String name) {
        return name.endsWith("Assertions") || name.endsWith("Assert") || name.equals("Truth") || name.equals("Mockito")
                || name.equals("BDDMockito") || name.equals("MatcherAssert");
    }
}
