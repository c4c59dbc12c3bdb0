package org.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {
    @Test
    void addingAnItemCountsIt() {
        Cart cart = new Cart();
        cart.add();
        assertEquals(1, cart.size());
    }
}
