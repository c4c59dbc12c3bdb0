package com.example.core;

/** Used only inside its own package: not part of the cross-package API. */
public class Ledger {

    public Money sum(Money a, Money b) {
        return a.plus(b);
    }
}
