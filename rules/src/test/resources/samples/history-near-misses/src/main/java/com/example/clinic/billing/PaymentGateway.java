package com.example.clinic.billing;

import java.time.Duration;

/** Sends card payments and refunds to the payment provider, giving up after a timeout. */
public class PaymentGateway {

    private final Duration timeout;
    private long refundedCents;

    public PaymentGateway(Duration timeout) {
        this.timeout = timeout;
    }

    public boolean pay(long cents, Duration providerLatency) {
        if (cents <= 0) {
            throw new IllegalArgumentException("a payment is positive: " + cents);
        }
        return providerLatency.compareTo(timeout) <= 0;
    }

    public void refund(long cents) {
        refundedCents += cents;
    }

    public long refundedCents() {
        return refundedCents;
    }
}
