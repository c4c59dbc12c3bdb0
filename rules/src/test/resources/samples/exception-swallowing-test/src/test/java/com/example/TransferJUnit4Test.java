package com.example;

import static org.junit.Assert.fail;

import org.junit.Assert;
import org.junit.Test;

public class TransferJUnit4Test {

    @Test
    public void junit3Idiom() {
        try {
            new Transfers().run(-1);
            Assert.fail("expected an exception");
        } catch (IllegalArgumentException e) {
        }
    }

    @Test
    public void swallowed() {
        try {
            new Transfers().run(1);
            // expect: testing/exception-swallowing-test
        } catch (IllegalStateException e) {
            // TODO handle
        }
    }
}
