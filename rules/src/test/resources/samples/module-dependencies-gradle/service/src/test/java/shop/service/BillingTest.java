package shop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import shop.lib.Monies;

class BillingTest {
    @Test
    void billsFourItems() {
        assertEquals(Monies.tenEuros(), new Billing().bill(4));
    }
}
