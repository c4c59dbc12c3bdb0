package com.example;

class ConfigLoaderTest {

    void testCodeIsOutOfScope() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
        }
    }
}
