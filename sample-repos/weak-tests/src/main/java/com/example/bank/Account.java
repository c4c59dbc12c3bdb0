package com.example.bank;

import java.util.ArrayList;
import java.util.List;

/** A bank account holding a balance in cents. */
public class Account {

    private final String id;
    private final List<Long> movements = new ArrayList<>();
    private long balance;

    public Account(String id, long openingBalance) {
        this.id = id;
        this.balance = openingBalance;
    }

    public String id() {
        return id;
    }

    public long balance() {
        return balance;
    }

    public List<Long> movements() {
        return List.copyOf(movements);
    }

    public void deposit(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        balance += amount;
        movements.add(amount);
    }

    public void withdraw(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        if (amount > balance) {
            throw new IllegalStateException("insufficient funds in " + id);
        }
        balance -= amount;
        movements.add(-amount);
    }
}
