package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where comparing a value with itself is the point: tests of equals, and tests of the assertions themselves. */
class MoneyComparisonsTest {

    @Test
    void hashCodeAgreesWithEquals() {
        Money fee = Money.of(3);
        assertEquals(fee, fee);
        assertEquals(Money.of(3).hashCode(), fee.hashCode());
    }

    @Test
    void comparesItselfButNeverNull() {
        Money fee = Money.of(4);
        assertEquals(fee, fee);
        assertFalse(fee.equals(null));
        assertNotEquals(Money.of(5), fee);
    }

    @Test
    void sameFeeTwice() {
        Money fee = Money.of(6);
        assertEquals(fee, fee); // expect: testing/tautological-assertion "assertEquals compares fee with itself"
        assertSame(fee, fee); // expect: testing/tautological-assertion
    }

    @Test
    void assertjComparesIdentityFirst() {
        Money fee = Money.of(7);
        assertFalse(fee.equals(null));
        assertThat(fee).isEqualTo(fee); // expect: testing/tautological-assertion
    }

    @Nested
    class Equals {

        @Test
        void holdsForASingleFee() {
            Money fee = Money.of(8);
            assertEquals(fee, fee);
        }
    }

    @Test
    void isEqualTo_passes_for_the_same_instance() {
        Money fee = Money.of(9);
        assertThat(fee).isEqualTo(fee);
    }

    @Test
    void softAssertionsCollectPassingChecks() {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(1).isEqualTo(1);
        softly.assertAll();
    }

    @Test
    void aRequirementHandedToTheCodeUnderTestMayAlwaysHold() {
        Money fee = Money.of(10);
        assertThat(fee).satisfies(anything -> assertThat(true).isTrue());
    }

    @Test
    void groupedChecksAreTheTestsOwn() {
        assertAll(() -> assertTrue(true)); // expect: testing/tautological-assertion
    }
}
