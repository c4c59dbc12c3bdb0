package com.example;

public class App {
    public int twice(int value) {
        return value * 2;
    }
}
