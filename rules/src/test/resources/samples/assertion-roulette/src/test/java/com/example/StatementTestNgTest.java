package com.example;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import org.testng.Assert;
import org.testng.annotations.Test;

public class StatementTestNgTest {

    @Test
    public void bare() { // expect: testing/assertion-roulette
        Statement statement = new Statement();
        assertEquals(statement.lines(), 2);
        assertEquals(statement.opening(), 100);
        Assert.assertEquals(statement.closing(), 70);
        assertTrue(statement.isBalanced());
        assertTrue(statement.isBalanced(), "balanced");
    }

    @Test
    public void messageLast() {
        Statement statement = new Statement();
        assertEquals(statement.lines(), 2, "lines");
        assertEquals(statement.opening(), 100, "opening");
        assertEquals(statement.closing(), 70, "closing");
        assertTrue(statement.isBalanced(), "balanced");
    }
}
