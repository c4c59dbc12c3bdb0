package com.example.shop.model;

import java.math.BigDecimal;

public class OrderLine { // expect: context/undocumented-public-api

    private final String productCode;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final boolean backorderAllowed;

    public OrderLine(String productCode, int quantity, BigDecimal unitPrice, boolean backorderAllowed) {
        this.productCode = productCode;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.backorderAllowed = backorderAllowed;
    }

    public String getProductCode() {
        return productCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isBackorderAllowed() {
        return backorderAllowed;
    }

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
