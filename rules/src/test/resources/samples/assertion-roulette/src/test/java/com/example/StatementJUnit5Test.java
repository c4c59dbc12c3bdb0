package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class StatementJUnit5Test {

    private final Statement statement = new Statement();

    @Test
    void fourBareAsserts() { // expect: testing/assertion-roulette "Test fourBareAsserts has 4 asserts without a message"
        assertEquals(2, statement.lines());
        assertEquals(100, statement.opening());
        Assertions.assertEquals(70, statement.closing());
        assertTrue(statement.isBalanced());
    }

    @Test
    void threeAreFine() {
        assertEquals(2, statement.lines());
        assertEquals(100, statement.opening());
        assertTrue(statement.isBalanced());
    }

    @Test
    void deltaIsNotAMessage() { // expect: testing/assertion-roulette
        assertEquals(1.5, statement.rate(), 0.01);
        assertEquals(2.5, statement.fee(), 0.01);
        assertNotNull(statement.owner());
        assertEquals(70, statement.closing());
    }

    @Test
    void withMessages() {
        assertEquals(2, statement.lines(), "lines");
        assertEquals(100, statement.opening(), () -> "opening");
        assertEquals(70, statement.closing(), "closing of " + statement);
        assertTrue(statement.isBalanced(), String.format("balanced %s", statement));
        assertEquals(1.5, statement.rate(), 0.01, "rate");
    }

    @Test
    void groupedInAssertAll() {
        assertAll(
                () -> assertEquals(2, statement.lines()),
                () -> assertEquals(100, statement.opening()),
                () -> assertEquals(70, statement.closing()),
                () -> assertTrue(statement.isBalanced()));
    }

    @Test
    void assertJDescribesItsFailures() {
        assertThat(statement.lines()).isEqualTo(2);
        assertThat(statement.opening()).isEqualTo(100);
        assertThat(statement.closing()).isEqualTo(70);
        assertThat(statement.isBalanced()).isTrue();
        assertThat(statement.owner()).isNotNull();
    }

    @Test
    void mixedCountsOnlyTheBareOnes() {
        assertEquals(2, statement.lines());
        assertEquals(100, statement.opening(), "opening");
        assertThat(statement.closing()).isEqualTo(70);
        assertTrue(statement.isBalanced());
        assertNotNull(statement.owner());
    }

    private void helperWithManyAsserts() {
        assertEquals(2, statement.lines());
        assertEquals(100, statement.opening());
        assertEquals(70, statement.closing());
        assertTrue(statement.isBalanced());
    }
}
