package org.acme.shop.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.acme.shop.Cart;
import org.junit.jupiter.api.Test;

/** A suite shipped for other modules' tests to extend, kept in src/main (as Maven Resolver keeps its transport suite). */
public abstract class CartContractTest {

    protected abstract Cart newCart();

    @Test
    void anEmptyCartHoldsNothing() {
        assertEquals(0, newCart().size());
    }
}
