package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class TransferJUnit5Test {

    private static final Logger LOG = Logger.getLogger("test");
    private final Transfers transfers = new Transfers();

    @Test
    void emptyCatch() {
        try {
            transfers.run(100);
            // expect: testing/exception-swallowing-test "The catch block for IllegalStateException in test emptyCatch is empty"
        } catch (IllegalStateException e) {
        }
        assertEquals(100, transfers.total());
    }

    @Test
    void printsOnly() {
        try {
            transfers.run(100);
            // expect: testing/exception-swallowing-test
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
        try {
            transfers.run(200);
            // expect: testing/exception-swallowing-test
        } catch (RuntimeException e) {
            System.out.println("failed: " + e);
            System.err.println(e.getMessage());
        }
    }

    @Test
    void logsOnly() throws IOException {
        try {
            transfers.load();
            // expect: testing/exception-swallowing-test "The catch block for IOException | IllegalStateException in test logsOnly only prints or logs the exception"
        } catch (IOException | IllegalStateException exception) {
            LOG.warning("could not load " + exception);
        }
    }

    @Test
    void expectedWithoutFailPassesAnyway() {
        try {
            transfers.run(-1);
            // expect: testing/exception-swallowing-test
        } catch (IllegalArgumentException expected) {
        }
    }

    @Test
    void expectedExceptionIdiom() {
        try {
            transfers.run(-1);
            fail("a negative amount must be rejected");
        } catch (IllegalArgumentException expected) {
        }
        try {
            transfers.run(-2);
            org.junit.jupiter.api.Assertions.fail();
        } catch (IllegalArgumentException e) {
            assertEquals("negative amount", e.getMessage());
        }
    }

    @Test
    void catchThatChecksOrRethrows() {
        try {
            transfers.run(1);
        } catch (IllegalStateException e) {
            fail("transfer failed", e);
        }
        try {
            transfers.run(2);
        } catch (IllegalStateException e) {
            throw new AssertionError(e);
        }
        try {
            transfers.run(3);
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("limit"));
        }
    }

    @Test
    void flagCheckedLater() {
        boolean thrown = false;
        try {
            transfers.run(-1);
        } catch (IllegalArgumentException e) {
            thrown = true;
        }
        assertTrue(thrown);
    }

    @Test
    void deliberatelyIgnoredCleanUp() {
        transfers.run(5);
        try {
            transfers.close();
        } catch (IOException ignored) {
        }
        assertEquals(5, transfers.total());
    }

    @Test
    void assertThrowsIsTheWay() {
        assertThrows(IllegalArgumentException.class, () -> transfers.run(-1));
    }

    private void helperMaySwallow() {
        try {
            transfers.close();
        } catch (IOException e) {
        }
    }
}
