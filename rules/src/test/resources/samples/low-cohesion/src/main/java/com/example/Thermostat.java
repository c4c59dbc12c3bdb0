package com.example;

/** Fewer than four measured methods: too small to judge, although its two methods share nothing. */
public class Thermostat {

    private double target;
    private int readings;

    public void raise(double by) {
        target += by;
    }

    public void read() {
        readings++;
    }
}
