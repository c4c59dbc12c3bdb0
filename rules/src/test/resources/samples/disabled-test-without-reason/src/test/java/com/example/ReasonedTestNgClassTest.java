package com.example;

import org.testng.annotations.Test;

@Test(enabled = false, description = "the ledger service is being replaced, #90")
public class ReasonedTestNgClassTest {

    public void transfers() {
    }
}
