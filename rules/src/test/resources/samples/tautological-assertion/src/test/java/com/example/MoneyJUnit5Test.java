package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class MoneyJUnit5Test {

    private static final Money TEN = Money.of(10);

    @Test
    void literals() {
        assertTrue(true); // expect: testing/tautological-assertion "This assertion cannot fail: assertTrue of the literal true."
        assertFalse(false, "never fails"); // expect: testing/tautological-assertion
        Assertions.assertTrue(true); // expect: testing/tautological-assertion
        assertEquals(42, 42); // expect: testing/tautological-assertion
        assertNull(null); // expect: testing/tautological-assertion
    }

    @Test
    void sameVariableTwice() {
        Money sum = TEN.plus(TEN);
        assertEquals(sum, sum); // expect: testing/tautological-assertion "This assertion cannot fail: assertEquals compares sum with itself."
        assertSame(sum, sum, "same"); // expect: testing/tautological-assertion
        assertEquals(TEN.cents(), TEN.cents()); // a call on each side: equals of two results, not reported
        assertEquals(Money.of(5), Money.of(5)); // two objects: checks equals, not reported
        assertEquals(20, sum.cents());
    }

    @Test
    void notNullOfANewObject() {
        assertNotNull(new Money(3)); // expect: testing/tautological-assertion "This assertion cannot fail: assertNotNull of a newly created object, which is never null."
        assertNotNull("text"); // expect: testing/tautological-assertion
        assertNotNull(Money.of(3)); // a factory may return null: not reported
        assertNotNull(new Money(3), "message last"); // expect: testing/tautological-assertion
    }

    @Test
    void deliberateFailureIsNotATautology() {
        assertTrue(false, "not written yet");
        assertFalse(true);
    }

    @Test
    void equalsIsReflexive() {
        Money money = Money.of(7);
        assertEquals(money, money); // the test is about equals: not reported
        assertSame(money, money); // expect: testing/tautological-assertion
    }

    @Test
    void assertJ() {
        Money sum = TEN.plus(TEN);
        assertThat(true).isTrue(); // expect: testing/tautological-assertion
        assertThat(false).as("never").isFalse(); // expect: testing/tautological-assertion
        assertThat(sum).isEqualTo(sum); // expect: testing/tautological-assertion "This assertion cannot fail: assertThat(sum).isEqualTo(...) checks the test's own value."
        assertThat("EUR").isEqualTo("EUR"); // expect: testing/tautological-assertion
        assertThat(new Money(1)).isNotNull(); // expect: testing/tautological-assertion
        assertThat(sum) // expect: testing/tautological-assertion
                .isSameAs(sum);
        assertThat(sum).isEqualTo(Money.of(20));
        assertThat(sum.cents() > 0).isTrue();
        assertThat(sum).isNotEqualTo(sum);
    }

    void helperIsNotATest() {
        assertTrue(true);
    }
}
