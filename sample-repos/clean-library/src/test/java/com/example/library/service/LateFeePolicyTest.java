package com.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LateFeePolicyTest {

    private final LateFeePolicy policy = new LateFeePolicy(new BigDecimal("0.50"), new BigDecimal("5.00"));

    @Test
    void chargesPerStartedDay() {
        assertEquals(new BigDecimal("1.00"), policy.feeFor(Duration.ofHours(25)));
    }

    @Test
    void capsTheFee() {
        assertEquals(new BigDecimal("5.00"), policy.feeFor(Duration.ofDays(30)));
    }
}
