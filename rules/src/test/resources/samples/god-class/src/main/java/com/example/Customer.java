package com.example;

/** Data that Customer's users read. */
public class Customer {

    private String name;

    private String address;

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }
}
