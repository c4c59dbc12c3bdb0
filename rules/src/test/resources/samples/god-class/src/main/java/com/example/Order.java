package com.example;

/** Data that Order's users read. */
public class Order {

    private long total;

    private int lines;

    public long getTotal() {
        return total;
    }

    public int getLines() {
        return lines;
    }
}
