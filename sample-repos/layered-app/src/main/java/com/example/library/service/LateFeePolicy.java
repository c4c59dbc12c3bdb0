package com.example.library.service;

import java.math.BigDecimal;
import java.time.Duration;

/** Late fees: a fixed amount per started day overdue, capped. */
public final class LateFeePolicy {

    private final BigDecimal perDay;
    private final BigDecimal cap;

    public LateFeePolicy(BigDecimal perDay, BigDecimal cap) {
        this.perDay = perDay;
        this.cap = cap;
    }

    public BigDecimal feeFor(Duration overdue) {
        long days = (overdue.toHours() + 23) / 24;
        return perDay.multiply(BigDecimal.valueOf(days)).min(cap);
    }
}
