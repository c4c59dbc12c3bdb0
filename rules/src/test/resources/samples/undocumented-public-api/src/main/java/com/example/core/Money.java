package com.example.core;

public class Money { // expect: context/undocumented-public-api

    private final long cents;

    public Money(long cents) {
        this.cents = cents;
    }

    public Money plus(Money other) {
        return new Money(cents + other.cents);
    }

    public long getCents() {
        return cents;
    }
}
