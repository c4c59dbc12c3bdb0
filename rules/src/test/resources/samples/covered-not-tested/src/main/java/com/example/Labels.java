package com.example;

/** Fully covered, its only two mutants survive: too few mutants to judge. */
public class Labels {
    public String label(String name) {
        return name.isEmpty() ? "?" : name.toUpperCase();
    }
}
