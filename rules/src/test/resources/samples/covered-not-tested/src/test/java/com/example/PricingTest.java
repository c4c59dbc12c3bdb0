package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PricingTest {
    @Test
    void computesATotal() {
        assertTrue(new Pricing().total(5, 12) > 0);
    }
}
