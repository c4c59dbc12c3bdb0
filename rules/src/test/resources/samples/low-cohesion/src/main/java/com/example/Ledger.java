package com.example;

import java.util.ArrayList;
import java.util.List;

/**
 * Three unrelated groups; the stateless formatting helper and the shadowed parameter do not count as a
 * group or as use of the field.
 */
public class Ledger { // expect: modularity/low-cohesion

    private final List<String> entries = new ArrayList<>();
    private String currency = "EUR";
    private int printed;

    public void book(String entry) {
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
        printed++;
        System.out.println(printed);
    }

    private static String format(long cents) {
        return cents / 100 + "." + cents % 100;
    }
}
