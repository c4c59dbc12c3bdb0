package com.example;

import org.testng.annotations.Test;

public class AccountTestNgTest {

    @Test(enabled = false)
    public void bare() { // expect: testing/disabled-test-without-reason
    }

    @Test(enabled = false, description = " ")
    public void blankDescription() { // expect: testing/disabled-test-without-reason
    }

    @Test(enabled = false, description = "broken by the currency change, #77")
    public void withDescription() {
    }

    @Test(enabled = true)
    public void enabled() {
    }

    @Test(description = "runs")
    public void describedAndEnabled() {
    }
}
