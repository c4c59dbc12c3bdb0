package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.testlib.Fixtures;
import org.junit.jupiter.api.Test;

class CheckoutTest {
    @Test
    void countsItems() {
        assertEquals(Fixtures.threeItems(), new Checkout().items());
    }
}
