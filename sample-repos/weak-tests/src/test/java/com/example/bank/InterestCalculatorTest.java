package com.example.bank;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class InterestCalculatorTest {

    private final InterestCalculator calculator = new InterestCalculator(1200);

    @Test
    public void interestForSomeBalances() { // expect: testing/assertion-roulette
        assertEquals(10, calculator.monthly(1000));
        assertEquals(120, calculator.yearly(1000));
        assertEquals(0, calculator.monthly(0));
        assertEquals(0, calculator.monthly(-5));
    }

    @Test
    public void interestWithMessages() {
        assertEquals("monthly", 10, calculator.monthly(1000));
        assertEquals("yearly", 120, calculator.yearly(1000));
        assertEquals("empty", 0, calculator.monthly(0));
        assertEquals("overdrawn", 0, calculator.monthly(-5));
    }

    @Test
    public void computesInterest() { // expect: testing/assertion-free-test
        calculator.monthly(1000);
        calculator.yearly(1000);
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeRateIsRejected() {
        new InterestCalculator(-1);
    }

    @Test
    public void interestIsNeverNegative() {
        Account account = new Account("A-10", 100);
        account.deposit(50);
        for (long movement : account.movements()) { // expect: testing/conditional-test-logic
            assertTrue(calculator.monthly(movement) >= 0);
        }
    }
}
