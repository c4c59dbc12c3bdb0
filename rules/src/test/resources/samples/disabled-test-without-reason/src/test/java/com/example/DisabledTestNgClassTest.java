package com.example;

import org.testng.annotations.Test;

@Test(enabled = false)
public class DisabledTestNgClassTest { // expect: testing/disabled-test-without-reason "Test class DisabledTestNgClassTest is disabled without a reason, so all its tests are off"

    public void transfers() {
    }
}
