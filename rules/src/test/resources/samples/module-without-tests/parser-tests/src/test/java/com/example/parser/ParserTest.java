package com.example.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void countsOpeningParentheses() {
        assertEquals(2, new Parser().depth("((a)"));
    }
}
