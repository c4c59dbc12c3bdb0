package com.example;

public class Ledger { // expect: testing/untested-class

    private long balance;

    public void post(long amount) {
        if (amount < 0 && -amount > balance) {
            throw new IllegalStateException("overdraft");
        }
        balance += amount;
    }
}
