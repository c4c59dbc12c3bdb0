package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OraclesTest {

    /** The outermost call of {@code expression}, e.g. {@code isEqualTo} in {@code assertThat(x).isEqualTo(1)}. */
    private static MethodCallExpr call(String expression) {
        return StaticJavaParser.parseExpression(expression).asMethodCallExpr();
    }

    /** The call named {@code name} inside {@code expression}. */
    private static MethodCallExpr call(String expression, String name) {
        return StaticJavaParser.parseExpression(expression)
                .findFirst(MethodCallExpr.class, candidate -> candidate.getNameAsString().equals(name))
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "assertEquals(1, total)                                  | assertEquals",
            "Assert.assertEquals(\"total\", 1, total)                 | assertEquals",
            "assertTrue(order.isEmpty())                             | assertTrue",
            "assertArrayEquals(expected, actual)                     | assertArrayEquals",
            "assertThrows(IllegalStateException.class, () -> order.close()) | assertThrows",
            "assertAll(() -> check())                                | assertAll",
            "assertThat(total).isEqualTo(1)                          | assertThat",
            "Assertions.assertThat(total).isEqualTo(1)               | assertThat",
            "assertThatThrownBy(() -> order.close()).hasMessage(\"x\") | assertThatThrownBy",
            "MatcherAssert.assertThat(total, is(1))                  | assertThat",
            "Truth.assertThat(total).isEqualTo(1)                    | assertThat",
            "assertWithMessage(\"total\").that(total).isEqualTo(1)    | assertWithMessage",
            "Truth.assertWithMessage(\"total\").that(total).isTrue()  | assertWithMessage",
            "fail(\"not reached\")                                    | fail",
            "Assert.fail()                                           | fail",
            "then(total).isEqualTo(1)                                | then",
            "BDDAssertions.then(total).isEqualTo(1)                  | then",
            "mockMvc.perform(get(\"/\")).andExpect(status().isOk())   | andExpect",
            "StepVerifier.create(flux).expectNext(1).verifyComplete() | expectNext verifyComplete",
            "thenCode(() -> order.close()).doesNotThrowAnyException() | thenCode",
            "thenIllegalArgumentException().isThrownBy(() -> order.close()) | thenIllegalArgumentException",
            "BDDAssertions.thenObject(order).isNotNull()              | thenObject",
            "errors.checkThat(total, is(1))                           | checkThat",
            "errors.checkSucceeds(() -> order.total())                | checkSucceeds",
            "compiler.addSourceLines(\"A.java\", \"class A {}\").doTest() | doTest"})
    void assertionsAreOraclesButNotMockVerifications(String expression, String oracleNames) {
        assertThat(StaticJavaParser.parseExpression(expression).findAll(MethodCallExpr.class, Oracles::isOracle))
                .allSatisfy(oracle -> assertThat(Oracles.isMockVerification(oracle)).isFalse())
                .extracting(MethodCallExpr::getNameAsString)
                .containsExactlyInAnyOrder(oracleNames.split(" "));
    }

    @Test
    void theOracleOfAFluentChainIsItsEntryCall() {
        assertThat(Oracles.isOracle(call("assertThat(total)"))).isTrue();
        assertThat(Oracles.isOracle(call("assertThat(total).isEqualTo(1)"))).isFalse();
        assertThat(Oracles.isOracle(call("assertWithMessage(\"m\").that(total)"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "verify(repository).save(order)                    | verify",
            "Mockito.verify(repository, times(2)).save(order)  | verify",
            "verifyNoMoreInteractions(repository)              | verifyNoMoreInteractions",
            "verifyNoInteractions(repository)                  | verifyNoInteractions",
            "verifyZeroInteractions(repository)                | verifyZeroInteractions",
            "inOrder(repository, mailer)                       | inOrder"})
    void mockVerificationsAreOraclesThatCheckInteractions(String expression, String verificationName) {
        MethodCallExpr verification = call(expression, verificationName);

        assertThat(Oracles.isOracle(verification)).isTrue();
        assertThat(Oracles.isMockVerification(verification)).isTrue();
    }

    @Test
    void bddMockitoThenShouldIsAMockVerification() {
        MethodCallExpr then = call("then(repository).should().save(order)", "then");

        assertThat(Oracles.isMockVerification(then)).isTrue();
        assertThat(Oracles.isOracle(then)).isTrue();
    }

    @Test
    void assertjThenIsNotAMockVerification() {
        assertThat(Oracles.isMockVerification(call("then(total).isEqualTo(1)", "then"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "promise.then()",
            "builder.expect(1)",
            "order.total()",
            "list.add(item)",
            "assertion()",
            "verifier.checkAll()",
            "service.failover()",
            "when(order.total()).thenReturn(1)",
            "when(order.total()).then(invocation -> 1)",
            "future.thenApply(value -> value + 1)",
            "doTest()"})
    void ordinaryCallsAreNotOracles(String expression) {
        MethodCallExpr call = call(expression);

        assertThat(Oracles.isOracle(call)).isFalse();
        assertThat(Oracles.isMockVerification(call)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assertEquals(1, total)", "assertTrue(ok)", "assertNull(order)", "assertSame(a, b)",
            "assertArrayEquals(expected, actual)", "Assert.assertNotEquals(a, b)"})
    void junitAssertsAtTheirBareArityHaveNoMessage(String expression) {
        assertThat(Oracles.isAssertWithoutMessage(call(expression))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assertEquals(\"total\", 1, total)", "assertEquals(1, total, \"total\")",
            "assertTrue(ok, \"ok\")", "assertNull(\"order\", order)", "assertThat(total)", "fail()",
            "assertThrows(X.class, () -> run())", "verify(repository)"})
    void assertsWithMessageOrOfOtherKindsAreNotFlagged(String expression) {
        assertThat(Oracles.isAssertWithoutMessage(call(expression))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assertThrows(IllegalStateException.class, () -> run())",
            "Assertions.assertThrowsExactly(IllegalStateException.class, () -> run())",
            "assertThatThrownBy(() -> run())", "assertThatIllegalArgumentException()",
            "assertThatExceptionOfType(IOException.class)", "thrown.expect(IllegalStateException.class)",
            "catchThrowableOfType(() -> run(), IOException.class)", "expectThrows(IOException.class, () -> run())"})
    void exceptionExpectingCalls(String expression) {
        assertThat(Oracles.expectsException(call(expression))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assertEquals(1, total)", "assertThat(total)", "expect(IllegalStateException.class)",
            "thrown.expect(\"message\")", "thrown.expect(IllegalStateException.class, cause)", "fail()"})
    void callsThatDoNotExpectAnException(String expression) {
        assertThat(Oracles.expectsException(call(expression))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail()", "Assert.fail(\"not reached\")", "org.junit.Assert.fail()",
            "Assertions.failBecauseExceptionWasNotThrown(IOException.class)", "shouldHaveThrown(IOException.class)",
            "Fail.fail(\"not reached\")"})
    void callsThatFailTheTest(String expression) {
        assertThat(Oracles.isFail(call(expression))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"promise.fail(cause)", "failover()", "assertTrue(ok)"})
    void callsThatDoNotFailTheTest(String expression) {
        assertThat(Oracles.isFail(call(expression))).isFalse();
    }

    @Test
    void javaAssertAndAThrownAssertionErrorAreChecksButNotARethrowOrOtherExceptions() {
        BlockStmt body = StaticJavaParser.parseBlock("""
                {
                    assert total == 1 : total;
                    throw new AssertionError("total");
                    throw new IllegalStateException("total");
                    try { run(); } catch (IOException e) { throw new AssertionError(e); }
                }
                """);

        assertThat(body.findAll(Statement.class, Oracles::isCheckStatement)).extracting(Statement::toString)
                .containsExactly("assert total == 1 : total;", "throw new AssertionError(\"total\");");
    }

    @ParameterizedTest
    @ValueSource(strings = {"if (!done) fail(\"not done\");", "if (!done) { throw new IllegalStateException(); }",
            "if (missing) Assert.fail();"})
    void anIfThatOnlyFailsIsAGuard(String statement) {
        assertThat(Oracles.isGuard(StaticJavaParser.parseStatement(statement).asIfStmt())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"if (!done) fail(); else run();", "if (!done) { run(); fail(); }", "if (!done) run();",
            "if (!done) promise.fail(cause);"})
    void anIfThatDoesMoreIsNoGuard(String statement) {
        assertThat(Oracles.isGuard(StaticJavaParser.parseStatement(statement).asIfStmt())).isFalse();
    }

    @Test
    void methodReferencesToChecksAreOracles() {
        assertThat(StaticJavaParser.parseExpression("values.forEach(Assertions::assertNotNull)")
                .findAll(MethodReferenceExpr.class, Oracles::isOracleReference)).hasSize(1);
        assertThat(StaticJavaParser.parseExpression("events.forEach(this::verifyEvent)")
                .findAll(MethodReferenceExpr.class, Oracles::isOracleReference)).hasSize(1);
        assertThat(StaticJavaParser.parseExpression("values.forEach(System.out::println)")
                .findAll(MethodReferenceExpr.class, Oracles::isOracleReference)).isEmpty();
    }
}
