package com.example;

/** Data that Product's users read. */
public class Product {

    private long price;

    private boolean available;

    public long getPrice() {
        return price;
    }

    public boolean isAvailable() {
        return available;
    }
}
