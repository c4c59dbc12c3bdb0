package com.example;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class StatementJUnit4Test {

    @Test
    public void bare() { // expect: testing/assertion-roulette
        Statement statement = new Statement();
        assertEquals(2, statement.lines());
        assertFalse(statement.isEmpty());
        assertNull(statement.error());
        org.junit.Assert.assertEquals(70, statement.closing());
    }

    @Test
    public void messageFirst() {
        Statement statement = new Statement();
        assertEquals("lines", 2, statement.lines());
        assertFalse("empty", statement.isEmpty());
        assertNull("error", statement.error());
        assertEquals("closing", 70, statement.closing());
        assertEquals("rate", 1.5, statement.rate(), 0.01);
    }

    @Test
    public void hamcrestIsNotCounted() {
        Statement statement = new Statement();
        assertThat(statement.lines(), is(2));
        assertThat(statement.opening(), is(100));
        assertThat(statement.closing(), is(70));
        assertThat(statement.isEmpty(), is(false));
    }
}
