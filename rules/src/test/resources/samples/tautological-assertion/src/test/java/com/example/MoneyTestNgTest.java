package com.example;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

public class MoneyTestNgTest {

    @Test
    public void messageLast() {
        Money sum = Money.of(1).plus(Money.of(2));
        assertTrue(true, "always"); // expect: testing/tautological-assertion
        assertEquals(sum, sum, "same twice"); // expect: testing/tautological-assertion
        assertEquals(sum.cents(), 3L, "real check");
    }
}
