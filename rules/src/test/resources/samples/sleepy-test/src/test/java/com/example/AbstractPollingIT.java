package com.example;

/** A base class of integration tests: named like a test class, so its helpers count as test code. */
public abstract class AbstractPollingIT {

    protected void settle() throws InterruptedException {
        Thread.sleep(1000); // expect: testing/sleepy-test
    }
}
