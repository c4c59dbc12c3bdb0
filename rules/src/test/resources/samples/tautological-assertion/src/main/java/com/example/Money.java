package com.example;

public record Money(long cents) {

    public static Money of(long cents) {
        return new Money(cents);
    }

    public Money plus(Money other) {
        assertPositive(other);
        return new Money(cents + other.cents);
    }

    private static void assertPositive(Money money) {
        assert money.cents >= 0;
    }

    public void selfCheck() {
        org.junit.jupiter.api.Assertions.assertTrue(true); // production code is out of scope
    }
}
