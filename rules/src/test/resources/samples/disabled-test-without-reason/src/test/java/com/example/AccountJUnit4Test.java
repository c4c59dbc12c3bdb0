package com.example;

import org.junit.Ignore;
import org.junit.Test;

@Ignore
public class AccountJUnit4Test { // expect: testing/disabled-test-without-reason

    @Ignore
    @Test
    public void bare() { // expect: testing/disabled-test-without-reason
    }

    @Ignore("waits for the new interest tables")
    @Test
    public void withReason() {
    }

    @Ignore
    public void notATest() {
    }
}
