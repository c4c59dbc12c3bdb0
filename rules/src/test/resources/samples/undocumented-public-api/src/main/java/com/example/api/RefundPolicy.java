package com.example.api;

import com.example.core.Money;

/** Decides how much of a payment is refunded. */
public interface RefundPolicy {

    /** The refund for {@code paid}, never more than {@code paid}. */
    Money refundFor(Money paid);

    private static void helper() {
    }
}
