package com.example;

/** A record without logic and a getter-only class: nothing to test on their own. */
public record Money(long cents, String currency) {
}
