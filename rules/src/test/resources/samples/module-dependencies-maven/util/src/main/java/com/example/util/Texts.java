package com.example.util;

import com.example.api.Greeting;

public final class Texts {
    private Texts() {
    }

    public static String shout(Greeting greeting) {
        return greeting.text().toUpperCase();
    }
}
