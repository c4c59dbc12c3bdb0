package com.example.testlib;

public final class Fixtures {
    private Fixtures() {
    }

    public static int threeItems() {
        return 3;
    }
}
