package com.example.core;

public class Money { // expect: context/undocumented-public-api "Public class 'Money' (used from 1 other package) has no Javadoc on the type and no Javadoc on public method plus(Money)"

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
