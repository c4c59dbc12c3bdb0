package com.example;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class LedgerJUnit4Test {

    @Test
    public void loopOverResult() {
        Ledger ledger = new Ledger();
        for (Entry entry : ledger.entries()) { // expect: testing/conditional-test-logic
            assertTrue(entry.amount() > 0);
        }
    }
}
