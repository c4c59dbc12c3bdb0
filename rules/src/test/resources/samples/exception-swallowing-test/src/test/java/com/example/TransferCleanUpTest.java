package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.failBecauseExceptionWasNotThrown;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class TransferCleanUpTest {

    private final Transfers transfers = new Transfers();

    @Test
    void closingQuietlyAfterTheChecks() {
        try {
            transfers.run(10);
            assertThat(transfers.total()).isEqualTo(10);
        } finally {
            try {
                transfers.close();
            } catch (IOException e) {
            }
        }
    }

    @Test
    void assertjExpectedExceptionIdiom() {
        try {
            transfers.run(-1);
            failBecauseExceptionWasNotThrown(IllegalArgumentException.class);
        } catch (IllegalArgumentException e) {
        }
    }

    @Test
    void explainedWhyTheFailureDoesNotMatter() {
        for (int amount : new int[] {5, 500}) {
            try {
                transfers.run(amount);
            } catch (IllegalStateException e) {
                // over the daily limit: refused, and the total below must not count it
            }
        }
        assertThat(transfers.total()).isEqualTo(5);
    }

    @Test
    void aToDoIsNoExplanation() {
        try {
            transfers.run(7);
            // expect: testing/exception-swallowing-test "The catch block for IllegalStateException in test aToDoIsNoExplanation is empty"
        } catch (IllegalStateException e) {
            // TODO
        }
        assertThat(transfers.total()).isEqualTo(7);
    }

    @Test
    void runsTheFixture() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(SwallowingFixture.class)).execute();
    }

    static class SwallowingFixture {

        @Test
        void swallowsOnPurpose() {
            try {
                new Transfers().run(-1);
            } catch (IllegalArgumentException e) {
            }
        }
    }
}
