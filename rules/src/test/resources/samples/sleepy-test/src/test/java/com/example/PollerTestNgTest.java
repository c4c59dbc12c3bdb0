package com.example;

import org.testng.annotations.Test;

public class PollerTestNgTest {

    @Test
    public void sleeps() throws InterruptedException {
        Thread.sleep(100); // expect: testing/sleepy-test
    }
}
