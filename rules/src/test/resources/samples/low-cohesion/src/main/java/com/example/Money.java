package com.example;

/** A record: its components are its state by design. */
public record Money(long cents, String currency) {

    public Money add(long more) {
        return new Money(cents + more, currency);
    }

    public Money in(String other) {
        return new Money(cents, other);
    }

    public boolean isZero() {
        return cents == 0;
    }

    public String describe() {
        return currency + " " + cents;
    }
}
