package com.example;

/** Data that Invoice's users read. */
public class Invoice {

    public long amount;
    public String number;
}
