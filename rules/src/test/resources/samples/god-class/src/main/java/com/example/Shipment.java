package com.example;

/** Data that Shipment's users read. */
public class Shipment {

    private int weight;

    public int getWeight() {
        return weight;
    }
}
