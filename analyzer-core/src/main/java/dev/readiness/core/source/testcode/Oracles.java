package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
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
            "verifyNoInteractions", "verifyZeroInteractions");

    private Oracles() {
    }

    /** True for a call that checks a result or an interaction. */
    public static boolean isOracle(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (ASSERT_NAME.matcher(name).matches()) {
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

    /** Mockito's verification calls: they check interactions, not results. */
    public static boolean isMockVerification(MethodCallExpr call) {
        return MOCK_VERIFICATIONS.contains(call.getNameAsString());
    }

    private static Optional<String> scopeName(MethodCallExpr call) {
        return call.getScope().filter(NameExpr.class::isInstance).map(Expression::toString);
    }

    private static boolean isAssertionClass(String name) {
        return name.endsWith("Assertions") || name.endsWith("Assert") || name.equals("Truth") || name.equals("Mockito")
                || name.equals("BDDMockito") || name.equals("MatcherAssert");
    }
}
