package com.example;

import java.util.ArrayList;
import java.util.List;

/**
 * Three unrelated groups; the stateless formatting helper and the shadowed parameter do not count as a
 * group or as use of the field, and the trivial lookup on the index is no group of its own.
 */
// expect: modularity/low-cohesion "3 unrelated groups of methods (LCOM4 3): {book, size} on entries; {switchCurrency, label} on currency; {print} on printed."
public class Ledger {

    private final List<String> entries = new ArrayList<>();
    private String currency = "EUR";
    private int printed;
    private final java.util.Map<String, String> index = new java.util.HashMap<>();

    public void book(String entry) {
        if (entry.isBlank()) {
            throw new IllegalArgumentException("empty entry");
        }
        entries.add(entry);
    }

    public int size() {
        return entries.size();
    }

    public String convert(long cents, String currency) {
        return format(cents) + " " + currency;
    }

    public void switchCurrency(String code) {
        if (code != null) {
            currency = code;
        }
    }

    public String label() {
        return "in " + currency;
    }

    public void print() {
        if (printed++ > 0) {
            System.out.println(printed);
        }
    }

    public String lookUp(String key) {
        return index.get(key);
    }

    private static String format(long cents) {
        return cents / 100 + "." + cents % 100;
    }
}
