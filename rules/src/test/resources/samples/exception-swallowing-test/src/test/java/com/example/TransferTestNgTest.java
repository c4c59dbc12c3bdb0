package com.example;

import org.testng.annotations.Test;

public class TransferTestNgTest {

    @Test
    public void swallowed() {
        try {
            new Transfers().run(1);
        } catch (Exception e) { // expect: testing/exception-swallowing-test
            e.printStackTrace();
        }
    }

    @Test(expectedExceptions = IllegalArgumentException.class)
    public void expected() {
        new Transfers().run(-1);
    }
}
