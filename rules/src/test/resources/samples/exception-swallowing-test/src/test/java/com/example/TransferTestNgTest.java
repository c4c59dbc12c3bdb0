package com.example;

import org.testng.annotations.Test;

public class TransferTestNgTest {

    @Test
    public void swallowed() {
        try {
            new Transfers().run(1);
            // expect: testing/exception-swallowing-test
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    @Test(expectedExceptions = IllegalArgumentException.class)
    public void expected() {
        new Transfers().run(-1);
    }
}
