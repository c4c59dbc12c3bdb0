package com.example.shop.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

public class PricingService {

    private static final BigDecimal EXPRESS_SURCHARGE = new BigDecimal("9.90");
    private static final BigDecimal STANDARD_SHIPPING = new BigDecimal("4.90");
    private static final BigDecimal FREE_SHIPPING_THRESHOLD = new BigDecimal("50.00");

    private final BigDecimal taxRate;

    public PricingService(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public BigDecimal quote(BigDecimal basePrice, int quantity, String customerType, String couponCode, boolean express, String region) { // expect: modularity/too-many-parameters
        BigDecimal price = basePrice.multiply(BigDecimal.valueOf(quantity));
        if ("WHOLESALE".equals(customerType)) {
            price = price.multiply(new BigDecimal("0.80"));
        }
        if (couponCode != null && couponCode.startsWith("PCT")) {
            BigDecimal percent = new BigDecimal(couponCode.substring(3));
            price = price.subtract(price.multiply(percent).movePointLeft(2));
        }
        price = price.add(shippingCost(price, region, express, quantity));
        return withTax(price);
    }

    public BigDecimal shippingCost(BigDecimal orderValue, String region, boolean express, int items) {
        BigDecimal cost = orderValue.compareTo(FREE_SHIPPING_THRESHOLD) >= 0 ? BigDecimal.ZERO : STANDARD_SHIPPING;
        if (!"DOMESTIC".equals(region)) {
            cost = cost.add(BigDecimal.valueOf(items).multiply(new BigDecimal("1.50")));
        }
        return express ? cost.add(EXPRESS_SURCHARGE) : cost;
    }

    public BigDecimal withTax(BigDecimal net) {
        return net.add(net.multiply(taxRate)).setScale(2, RoundingMode.HALF_UP);
    }
}
