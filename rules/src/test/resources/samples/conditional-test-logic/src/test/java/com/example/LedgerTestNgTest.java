package com.example;

import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

public class LedgerTestNgTest {

    @Test
    public void branch() {
        Ledger ledger = new Ledger();
        if (ledger.isOpen()) { // expect: testing/conditional-test-logic
            assertTrue(ledger.balance() > 0);
        }
    }
}
