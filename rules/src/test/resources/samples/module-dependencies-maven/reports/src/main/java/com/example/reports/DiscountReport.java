package com.example.reports;

import com.example.core.Discount;

public final class DiscountReport {
    public String line(Discount discount) {
        return discount.percent() + "%";
    }
}
