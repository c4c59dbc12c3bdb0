package com.example;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class CalculatorTest {

    private final Audit audit = mock(Audit.class);
    private final Calculator calculator = new Calculator(audit);

    @Test
    void assertJChain() {
        assertThat(calculator.divide(6, 3)).isEqualTo(2).isPositive();
    }

    @Test
    void hamcrest() {
        assertThat(calculator.divide(6, 2), is(3));
    }

    @Test
    void truth() {
        assertWithMessage("quotient").that(calculator.divide(9, 3)).isEqualTo(3);
    }

    @Test
    void assertThrowsIsAnOracle() {
        assertThrows(ArithmeticException.class, () -> calculator.divide(1, 0));
    }

    @org.junit.Test(expected = ArithmeticException.class)
    public void expectedExceptionIsAnOracle() {
        calculator.divide(1, 0);
    }

    @Test
    void tryFailCatchIsAnOracle() {
        try {
            calculator.divide(1, 0);
            fail("expected an exception");
        } catch (ArithmeticException expected) {
            // the exception is the point
        }
    }

    @Test
    void helperInAnotherFileAssertsTransitively() {
        Fixtures.checkQuotient(calculator.divide(8, 4));
    }

    @Test
    void verifyAndAssert() {
        int quotient = calculator.divide(4, 2);
        verify(audit).record("divide");
        assertThat(quotient).isEqualTo(2);
    }

    @Test
    void onlyVerifies() { // expect: testing/mock-only-test
        calculator.divide(4, 2);
        verify(audit).record("divide");
    }

    @Test
    void onlyVerifiesThroughHelper() { // expect: testing/mock-only-test
        calculator.divide(4, 2);
        Fixtures.auditedDivision(audit);
    }

    @Test
    void onlyVerifiesInOrder() { // expect: testing/mock-only-test
        calculator.divide(4, 2);
        InOrder inOrder = inOrder(audit);
        inOrder.verify(audit).record("divide");
    }

    @Test
    void runsButChecksNothing() { // expect: testing/assertion-free-test
        calculator.divide(4, 2);
    }

    @Disabled("flaky on CI, see issue 12")
    @Test
    void disabledTestsAreLeftToTheirOwnRule() {
        calculator.divide(4, 2);
    }

    @Nested
    class WhenDividingByOne {

        @Test
        void nestedTestWithoutOracle() { // expect: testing/assertion-free-test
            calculator.divide(5, 1);
        }
    }
}
