package org.acme.shop;

/** A shopping cart. */
public class Cart {
    private int items;

    /** Adds one item. */
    public void add() {
        items++;
    }

    /** How many items the cart holds. */
    public int size() {
        return items;
    }
}
