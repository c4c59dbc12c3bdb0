package org.acme.calc;

/** Adds numbers. */
public class Adder {
    /** The sum of both. */
    public int add(int left, int right) {
        return left + right;
    }
}
