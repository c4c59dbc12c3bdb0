package com.example.clinic.billing;

import java.math.BigDecimal;
import java.util.Map;

/** The tax rate of each kind of treatment. */
public class TaxTable {

    private static final String FOOD = "food";
    private static final String MEDICINE = "medicine";
    private static final String SERVICE = "service";
    private final Map<String, BigDecimal> rates = Map.of(FOOD, new BigDecimal("0.07"),
            MEDICINE, new BigDecimal("0.07"), SERVICE, new BigDecimal("0.19"));

    public BigDecimal rateOf(String kind) {
        BigDecimal rate = rates.get(kind);
        if (rate == null) {
            throw new IllegalArgumentException("no tax rate for " + kind);
        }
        return rate;
    }

    public boolean isReduced(String kind) {
        return rateOf(kind).compareTo(rates.get(SERVICE)) < 0;
    }
}
