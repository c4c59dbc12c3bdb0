package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises calls that check something (test oracles): JUnit 4/5 and TestNG asserts, {@code fail},
 * {@code assertThrows}/{@code assertDoesNotThrow}/{@code assertAll}/{@code assertTimeout}, AssertJ and
 * Truth ({@code assertThat}, {@code assertThatThrownBy}, {@code then}, {@code assertWithMessage},
 * {@code expect}), Hamcrest {@code assertThat}, Mockito {@code verify}/{@code verifyNoMoreInteractions}
 * and the like, JUnit 4's ErrorCollector ({@code checkThat}), Error Prone's test helpers ({@code doTest()}),
 * and calls on checking objects ({@link AssertionObjects}). Checks written as statements count too: Java's
 * {@code assert} and a thrown {@code AssertionError}. Project helpers that assert are found separately (they call
 * an oracle themselves).
 */
public final class Oracles {

    /** assertEquals, assertThat, assertThatThrownBy, assertTrue, assertArrayEquals ... */
    private static final Pattern ASSERT_NAME = Pattern.compile("assert[A-Z]\\w*|assert");
    private static final Set<String> OTHER_ORACLES = Set.of("fail", "expect",
            "assertWithMessage", "verify", "verifyNoMoreInteractions", "verifyNoInteractions",
            "verifyZeroInteractions", "inOrder");
    /**
     * AssertJ's BDD entry points ({@code then}, {@code thenCode}, {@code thenExceptionOfType}, {@code thenObject}
     * ...): checks when unqualified or on an assertion class or checking object, while Mockito's
     * {@code when(x).thenReturn(y)} is stubbing.
     */
    private static final Pattern BDD_ENTRY = Pattern.compile("then([A-Z]\\w*)?");
    /** JUnit 4's ErrorCollector checks, whatever the collector is called. */
    private static final Set<String> COLLECTOR_CHECKS = Set.of("checkThat", "checkThrows", "checkSucceeds");
    /** Calls that fail the test outright. */
    private static final Set<String> FAILS = Set.of("fail", "failBecauseExceptionWasNotThrown", "shouldHaveThrown");
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
        return isOracle(call, AssertionObjects.NONE);
    }

    /** True for a call that checks a result or an interaction, knowing the checking objects around it. */
    public static boolean isOracle(MethodCallExpr call, AssertionObjects objects) {
        if (isArchUnitCheck(call) || objects.isCallOn(call)) {
            return true;
        }
        String name = call.getNameAsString();
        if (ASSERT_NAME.matcher(name).matches() || FLUENT_CHECK.matcher(name).matches()
                || COLLECTOR_CHECKS.contains(name) || isTestKitRun(call)) {
            return true;
        }
        if (BDD_ENTRY.matcher(name).matches()) {
            return call.getScope().isEmpty() || scopeName(call)
                    .filter(scope -> isAssertionClass(scope) || objects.contains(scope)).isPresent();
        }
        if (!OTHER_ORACLES.contains(name)) {
            return false;
        }
        // expect(...) is also a common method name; accept it as an oracle only unqualified or on the assertion
        // libraries' classes (Truth.expect ...)
        return name.equals("verify") || name.startsWith("verify") || name.equals("fail")
                || scopeName(call).map(Oracles::isAssertionClass).orElse(true);
    }

    /**
     * A method reference that checks each value it is given: {@code values.forEach(Assertions::assertNotNull)},
     * {@code events.forEach(this::verifyEvent)}.
     */
    public static boolean isOracleReference(MethodReferenceExpr reference) {
        String name = reference.getIdentifier();
        return ASSERT_NAME.matcher(name).matches() || FLUENT_CHECK.matcher(name).matches();
    }

    /** {@code fail(...)}, AssertJ's {@code failBecauseExceptionWasNotThrown}/{@code shouldHaveThrown}: the test fails here. */
    public static boolean isFail(MethodCallExpr call) {
        return FAILS.contains(call.getNameAsString())
                && (call.getScope().isEmpty() || qualifiedScopeName(call).map(Oracles::isAssertionClass).orElse(false));
    }

    /**
     * A check written as a statement: Java's {@code assert} (Surefire and Gradle run tests with assertions on) or
     * {@code throw new AssertionError(...)} outside a catch block.
     */
    public static boolean isCheckStatement(Statement statement) {
        if (statement instanceof AssertStmt) {
            return true;
        }
        return statement instanceof ThrowStmt thrown && statement.findAncestor(CatchClause.class).isEmpty()
                && thrown.getExpression() instanceof ObjectCreationExpr creation
                && isAssertionErrorName(creation.getType().getNameAsString());
    }

    /**
     * {@code if (broken) fail(...)} or {@code if (broken) throw ...}, without an else: an assertion written as an
     * if, which checks the same condition on every run.
     */
    public static boolean isGuard(IfStmt ifStmt) {
        if (ifStmt.getElseStmt().isPresent()) {
            return false;
        }
        Statement then = ifStmt.getThenStmt();
        if (then instanceof BlockStmt block) {
            if (block.getStatements().size() != 1) {
                return false;
            }
            then = block.getStatement(0);
        }
        return then instanceof ThrowStmt || then instanceof ExpressionStmt expression
                && expression.getExpression() instanceof MethodCallExpr call && isFail(call);
    }

    /** Error Prone's {@code CompilationTestHelper ... .doTest()}: the helper checks the expected diagnostics. */
    private static boolean isTestKitRun(MethodCallExpr call) {
        return call.getNameAsString().equals("doTest") && call.getScope().isPresent();
    }

    private static boolean isAssertionErrorName(String name) {
        return name.endsWith("AssertionError") || name.endsWith("AssertionFailedError")
                || name.equals("ComparisonFailure");
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

    /** The last segment of a simple or qualified class scope: {@code Assert} for {@code org.junit.Assert.fail()}. */
    private static Optional<String> qualifiedScopeName(MethodCallExpr call) {
        return call.getScope().filter(scope -> scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                .map(Expression::toString).map(name -> name.substring(name.lastIndexOf('.') + 1));
    }

    private static boolean isAssertionClass(String name) {
        return name.endsWith("Assertions") || name.endsWith("Assert") || name.equals("Truth") || name.equals("Mockito")
                || name.equals("BDDMockito") || name.equals("MatcherAssert") || name.equals("Fail")
                || name.equals("AssertJUnit") || name.equals("TestCase");
    }
}
