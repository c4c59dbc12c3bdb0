package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final int[][] CASES = {{1, 2}, {3, 6}};
    private final Ledger ledger = new Ledger();

    @Test
    void branches() {
        if (ledger.isOpen()) { // expect: testing/conditional-test-logic "Test branches contains an if statement"
            assertTrue(ledger.balance() >= 0);
        } else if (ledger.isFrozen()) {
            assertEquals(0, ledger.balance());
        } else {
            assertEquals(-1, ledger.balance());
        }
        int expected = ledger.isOpen() ? 1 : 0; // expect: testing/conditional-test-logic
        assertEquals(expected, ledger.size());
    }

    @Test
    void switches() {
        switch (ledger.state()) { // expect: testing/conditional-test-logic
            case "open" -> assertTrue(ledger.isOpen());
            default -> assertEquals(0, ledger.size());
        }
        String label = switch (ledger.size()) { // expect: testing/conditional-test-logic
            case 0 -> "empty";
            default -> "used";
        };
        assertThat(label).isNotBlank();
    }

    @Test
    void assertsInALoopOverAResult() {
        for (Entry entry : ledger.entries()) { // expect: testing/conditional-test-logic "Test assertsInALoopOverAResult contains a loop that asserts over data the test does not fix"
            assertThat(entry.amount()).isPositive();
        }
        for (int i = 0; i < ledger.size(); i++) { // expect: testing/conditional-test-logic
            assertTrue(ledger.entry(i).amount() > 0);
        }
        int i = 0;
        while (i < ledger.size()) { // expect: testing/conditional-test-logic "Test assertsInALoopOverAResult contains a loop that asserts while a runtime condition holds"
            assertTrue(ledger.entry(i++).amount() > 0);
        }
        do { // expect: testing/conditional-test-logic
            assertTrue(ledger.next());
        } while (ledger.hasNext());
    }

    @Test
    void loopsOverAFixedTableAreParameterizedTests() {
        for (int[] row : CASES) {
            assertEquals(row[1], ledger.twice(row[0]));
        }
        for (int[] row : new int[][] {{0, 0}, {2, 4}}) {
            assertEquals(row[1], ledger.twice(row[0]));
        }
        List<Integer> amounts = List.of(1, 2, 3);
        for (int amount : amounts) {
            assertThat(ledger.twice(amount)).isEven();
        }
        for (int amount : Arrays.asList(4, 5)) {
            assertThat(ledger.twice(amount)).isEven();
        }
        for (Map.Entry<Integer, Integer> pair : Map.of(1, 2, 3, 6).entrySet()) {
            assertEquals(pair.getValue(), ledger.twice(pair.getKey()));
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(2 * k, ledger.twice(k));
        }
        for (int k = 0; k < CASES.length; k++) {
            assertEquals(CASES[k][1], ledger.twice(CASES[k][0]));
        }
        for (State state : State.values()) {
            assertThat(ledger.accepts(state)).isTrue();
        }
    }

    @Test
    void loopsThatOnlyBuildData() {
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < ledger.size(); k++) {
            entries.add(new Entry(k));
        }
        for (Entry entry : ledger.entries()) {
            entries.add(entry);
        }
        assertThat(entries).hasSize(2 * ledger.size());
    }

    @Test
    void logicOfStubsAndStreamsIsNotTheTestsPath() {
        Ledger stub = mock(Ledger.class);
        when(stub.twice(1)).thenAnswer(invocation -> ledger.isOpen() ? 2 : 0);
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (ledger.isOpen()) {
                    assertTrue(true);
                }
            }
        };
        check.run();
        assertThat(ledger.entries().stream().filter(e -> e.amount() > 0 ? true : false)).isNotEmpty();
    }

    private int helperMayBranch(int value) {
        if (value > 0) {
            return value;
        }
        return -value;
    }

    enum State { OPEN, CLOSED }
}
