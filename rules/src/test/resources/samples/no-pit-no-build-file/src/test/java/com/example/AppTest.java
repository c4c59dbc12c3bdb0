package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    void doublesTheValue() {
        assertEquals(4, new App().twice(2));
    }
}
