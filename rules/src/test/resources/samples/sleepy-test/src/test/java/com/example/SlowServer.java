package com.example;

/** A test double simulating latency; it has no tests and is not named like a test class. */
public class SlowServer {

    public String respond() throws InterruptedException {
        Thread.sleep(100);
        return "slow";
    }
}
