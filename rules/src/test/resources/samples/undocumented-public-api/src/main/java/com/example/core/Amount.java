package com.example.core;

/** An amount with its currency. */
public record Amount(Money money, String currency) {

    /** An amount in euros. */
    public static Amount euros(Money money) {
        return new Amount(money, "EUR");
    }
}
