package com.example;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.Uninterruptibles;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PollerTest {

    private final Poller poller = new Poller();

    @Test
    void threadSleep() throws Exception {
        poller.pause();
        Thread.sleep(500); // expect: testing/sleepy-test
        assertTrue(done());
    }

    @Test
    void timeUnitSleep() throws Exception {
        TimeUnit.SECONDS.sleep(1); // expect: testing/sleepy-test "The test pauses with TimeUnit.SECONDS.sleep(...)."
        MILLISECONDS.sleep(20); // expect: testing/sleepy-test
        java.lang.Thread.sleep(5); // expect: testing/sleepy-test
        Uninterruptibles.sleepUninterruptibly(Duration.ofMillis(5)); // expect: testing/sleepy-test
        assertTrue(done());
    }

    @Test
    void helperSleeps() throws Exception {
        waitForIt();
        assertTrue(done());
    }

    @Test
    void awaitility() {
        await().atMost(Duration.ofSeconds(2)).until(this::done);
    }

    @Test
    void sleepInALambda() {
        Runnable slow = () -> {
            try {
                Thread.sleep(10); // expect: testing/sleepy-test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        slow.run();
        assertTrue(done());
    }

    private void waitForIt() throws InterruptedException {
        Thread.sleep(200); // expect: testing/sleepy-test
    }

    private boolean done() {
        return true;
    }

    private void sleep(long millis) {
        // a method that happens to be called sleep is not Thread.sleep
    }

    @Test
    void ownSleepMethod() {
        sleep(1);
        assertTrue(done());
    }

    /** A fake in its own class that simulates a slow dependency: not reported. */
    static final class SlowGateway {

        String charge() throws InterruptedException {
            Thread.sleep(50);
            return "ok";
        }
    }
}
