package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Near miss: a test helper taking one value per column of a case; too-many-parameters judges production code only. */
class ShippingTest {

    @Test
    void quotesAParcel() {
        check("DE", "FR", 2, 30, 20, 10, 1250);
    }

    private static void check(String from, String to, int kilograms, int length, int width, int height, int cents) {
        assertEquals(cents, kilograms * 500 + (length + width + height) * 4 + (from.equals(to) ? 0 : 10));
    }
}
