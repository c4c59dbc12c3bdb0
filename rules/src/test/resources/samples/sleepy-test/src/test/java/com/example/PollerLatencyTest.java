package com.example;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Latency the tests hand to the code under test, sleeps that never run, and programs kept next to the tests. */
class PollerLatencyTest {

    private final Poller poller = new Poller();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @Test
    void slowSourceHandedToThePoller() throws Exception {
        CompletableFuture<String> late = CompletableFuture.supplyAsync(() -> {
            sleepQuietly();
            return "late";
        }, executor);
        assertTrue(poller.poll(late, Duration.ofSeconds(1)));
    }

    @Test
    void stubbedAnswerThatTakesItsTime() throws Exception {
        Source source = mock(Source.class);
        doAnswer(invocation -> {
            Thread.sleep(30);
            return "slow";
        }).when(source).read();
        Runnable slowRead = () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        executor.submit(slowRead);
        assertTrue(poller.poll(source, Duration.ofSeconds(1)));
    }

    @Test
    void waitingInsideATimeoutIsStillWaiting() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            while (!poller.isDone()) {
                Thread.sleep(10); // expect: testing/sleepy-test
            }
        });
    }

    @Test
    void sleepAfterFailNeverRuns() throws Exception {
        long deadline = System.currentTimeMillis() + 1_000;
        while (!poller.isDone()) {
            if (System.currentTimeMillis() > deadline) {
                fail("the poller never finished");
                Thread.sleep(10);
            }
        }
        if (false) {
            Thread.sleep(10);
        }
        assertTrue(poller.isDone());
    }

    @Test
    void runsTheSlowFixture() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(SlowFixture.class)).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    static class SlowFixture {

        @Test
        void takesItsTime() throws InterruptedException {
            Thread.sleep(50);
        }
    }

    /** Runs the poller by hand against a live source; not a test. */
    public static void main(String[] args) throws Exception {
        new Poller().pause();
        Thread.sleep(1_000);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(25); // expect: testing/sleepy-test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Source {
        String read();
    }
}
