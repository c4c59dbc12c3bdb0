package com.example;

/** 90 % of its lines are covered, but only 3 of 10 mutants are killed. */
public class Pricing { // expect: testing/covered-but-not-tested
    public int total(int price, int quantity) {
        int total = price * quantity;
        if (quantity >= 10) {
            total = total - total / 10;
        }
        return total;
    }
}
