package com.example;

import org.testng.annotations.Test;

@Test(enabled = false)
public class DisabledTestNgClassTest { // expect: testing/disabled-test-without-reason

    public void transfers() {
    }
}
