package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loops whose number of turns the test fixed, guards that only fail, and clean-up: none of them branch the test. */
class LedgerLoopsTest {

    private static final int ROUNDS = 4;
    private final Ledger ledger = new Ledger();

    @Test
    void boundsTheTestWroteDown() {
        for (int i = 0; i < ROUNDS; i++) {
            assertTrue(ledger.post(i));
        }
        for (int i = 1; i <= 2 * ROUNDS - 1; i++) {
            assertTrue(ledger.post(i));
        }
        for (char code = 'a'; code <= 'z'; code++) {
            assertTrue(ledger.accepts(code));
        }
        final int days = 3 * 7;
        for (int day = 0; day < days; day++) {
            for (int entry = 0; entry < day; entry++) {
                assertTrue(ledger.entry(entry).amount() >= 0);
            }
        }
    }

    @Test
    void sizesAssertedBeforeTheLoop() {
        List<Entry> entries = ledger.entries();
        assertThat(entries).hasSize(2);
        for (Entry entry : entries) {
            assertThat(entry.amount()).isPositive();
        }
        String statement = ledger.statement();
        assertEquals(12, statement.length());
        for (int i = 0; i < statement.length(); i++) {
            assertTrue(Character.isDigit(statement.charAt(i)));
        }
        int copied = ledger.copyTo(new int[8]);
        assertEquals(statement.length(), copied);
        for (int i = 0; i < copied; i++) {
            assertTrue(ledger.entry(i).amount() >= 0);
        }
        Iterator<Entry> open = ledger.openEntries();
        assertTrue(open.hasNext());
        while (open.hasNext()) {
            assertTrue(open.next().isOpen());
        }
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void argumentsOfAParameterizedTest(List<Integer> amounts, Ledger given) {
        for (int amount : amounts) {
            assertTrue(ledger.post(amount));
        }
        for (Entry entry : given.entries()) {
            assertThat(entry.amount()).isPositive();
        }
    }

    @Test
    void guardsThatOnlyFail() {
        ledger.close();
        if (ledger.isOpen()) {
            fail("the ledger is still open");
        }
        boolean rejected = false;
        try {
            ledger.post(1);
        } catch (IllegalStateException e) {
            rejected = true;
        }
        if (!rejected) {
            throw new AssertionError("a closed ledger took a posting");
        }
    }

    @Test
    void cleanUpInFinally() throws Exception {
        File export = File.createTempFile("ledger", ".csv");
        try {
            ledger.export(export);
            assertTrue(export.length() > 0);
        } finally {
            if (export.exists()) {
                export.delete();
            }
        }
    }

    @Test
    void boundsTheCodeUnderTestDecides() {
        int count = 3;
        count = ledger.size();
        for (int i = 0; i < count; i++) { // expect: testing/conditional-test-logic "Test boundsTheCodeUnderTestDecides contains a loop that asserts over data the test does not fix"
            assertTrue(ledger.entry(i).amount() > 0);
        }
        for (int i = ledger.size() - 1; i >= 0; i--) { // expect: testing/conditional-test-logic
            assertTrue(ledger.entry(i).amount() > 0);
        }
        List<Entry> entries = ledger.entries();
        assertThat(ledger.openEntries()).hasNext();
        for (Entry entry : entries) { // expect: testing/conditional-test-logic
            assertThat(entry.amount()).isPositive();
        }
        if (ledger.isOpen()) { // expect: testing/conditional-test-logic
            fail("open");
        } else {
            ledger.close();
        }
    }

    static List<Object[]> amounts() {
        return List.of(new Object[] {List.of(1, 2), new Ledger()});
    }
}
