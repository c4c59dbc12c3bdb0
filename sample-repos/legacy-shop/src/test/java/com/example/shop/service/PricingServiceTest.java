package com.example.shop.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

public class PricingServiceTest {

    private final PricingService pricing = new PricingService(new BigDecimal("0.20"));

    @Test
    public void addsTax() {
        assertEquals(new BigDecimal("12.00"), pricing.withTax(new BigDecimal("10.00")));
    }

    @Test
    public void quoteIsPositive() {
        BigDecimal quote = pricing.quote(new BigDecimal("10.00"), 2, "RETAIL", null, false, "DOMESTIC");
        assertTrue(true); // expect: testing/tautological-assertion
    }
}
