package com.example.shop.model; // expect: history/knowledge-island

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

public class Order { // expect: context/undocumented-public-api

    private long id;
    private final Customer customer;
    private final List<OrderLine> lines;
    private final BigDecimal total;
    private final Date placedAt;
    private final String couponCode;
    private final List<String> backorderedProducts = new ArrayList<String>();
    private boolean shipped;
    private boolean cancelled;

    public Order(long id, Customer customer, List<OrderLine> lines, BigDecimal total, Date placedAt) {
        this(id, customer, lines, total, placedAt, null);
    }

    public Order(long id, Customer customer, List<OrderLine> lines, BigDecimal total, Date placedAt, String coupon) { // expect: modularity/too-many-parameters
        this.id = id;
        this.customer = customer;
        this.lines = new ArrayList<OrderLine>(lines);
        this.total = total;
        this.placedAt = placedAt;
        this.couponCode = coupon;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Date getPlacedAt() {
        return placedAt;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void markBackordered(String productCode) {
        backorderedProducts.add(productCode);
    }

    public List<String> getBackorderedProducts() {
        return Collections.unmodifiableList(backorderedProducts);
    }

    public boolean isShipped() {
        return shipped;
    }

    public void ship() {
        this.shipped = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        this.cancelled = true;
    }
}
