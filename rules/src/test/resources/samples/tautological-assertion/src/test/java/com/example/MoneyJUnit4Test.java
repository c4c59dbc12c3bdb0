package com.example;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.junit.Assert;
import org.junit.Test;

public class MoneyJUnit4Test {

    @Test
    public void messageFirst() {
        Money sum = Money.of(1).plus(Money.of(2));
        assertTrue("always", true); // expect: testing/tautological-assertion
        assertEquals("same twice", sum, sum); // expect: testing/tautological-assertion
        Assert.assertNotNull("created", new Money(1)); // expect: testing/tautological-assertion
        assertNotNull("message is a literal, the value is not", sum);
        assertEquals("message", 3, sum.cents());
        assertEquals(0.5, 0.5, 0.0); // expect: testing/tautological-assertion
        assertEquals(sum.cents(), 3.0, 0.0); // the delta equals nothing compared: not reported
    }
}
