package com.example.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class CoreTest {

    @Test
    void exists() {
        assertNotNull(new Core());
    }
}
