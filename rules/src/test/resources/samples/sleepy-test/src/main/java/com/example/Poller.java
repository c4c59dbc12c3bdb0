package com.example;

public class Poller {

    public void pause() throws InterruptedException {
        Thread.sleep(100); // production code is out of scope
    }
}
