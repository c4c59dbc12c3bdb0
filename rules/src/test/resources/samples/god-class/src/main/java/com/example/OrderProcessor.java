package com.example;

import java.util.ArrayList;
import java.util.List;

/** Complex, not cohesive, and works on six other classes' data. */
public class OrderProcessor { // expect: modularity/god-class

    private final List<Integer> log = new ArrayList<>();
    private final List<Integer> errors = new ArrayList<>();
    private final List<Integer> audit = new ArrayList<>();
    private Product product;
    private Invoice invoice;
    private Shipment shipment;

    public int settle(int input, Customer customer, Order order) {
        int result = 0;
        if (input > 0) {
            result += log.size() + 0;
        }
        if (input > 1) {
            result += log.size() + 1;
        }
        if (input > 2) {
            result += log.size() + 2;
        }
        if (input > 3) {
            result += log.size() + 3;
        }
        if (input > 4) {
            result += log.size() + 4;
        }
        if (input > 5) {
            result += log.size() + 5;
        }
        if (input > 6) {
            result += log.size() + 6;
        }
        if (input > 7) {
            result += log.size() + 7;
        }
        if (input > 8) {
            result += log.size() + 8;
        }
        if (input > 9) {
            result += log.size() + 9;
        }
        if (input > 10) {
            result += log.size() + 10;
        }
        if (input > 11) {
            result += log.size() + 11;
        }
        if (customer.getName() != null && order.getTotal() > 0) {
            result += customer.getAddress().length() + order.getLines();
        }
        if (this.product.isAvailable() && this.product.getPrice() > this.invoice.amount) {
            result += this.shipment.getWeight() + this.invoice.number.length();
        }
        return result;
    }

    public int check(int input) {
        int result = 0;
        if (input > 0) {
            result += errors.size() + 0;
        }
        if (input > 1) {
            result += errors.size() + 1;
        }
        if (input > 2) {
            result += errors.size() + 2;
        }
        if (input > 3) {
            result += errors.size() + 3;
        }
        if (input > 4) {
            result += errors.size() + 4;
        }
        if (input > 5) {
            result += errors.size() + 5;
        }
        if (input > 6) {
            result += errors.size() + 6;
        }
        if (input > 7) {
            result += errors.size() + 7;
        }
        if (input > 8) {
            result += errors.size() + 8;
        }
        if (input > 9) {
            result += errors.size() + 9;
        }
        if (input > 10) {
            result += errors.size() + 10;
        }
        if (input > 11) {
            result += errors.size() + 11;
        }
        return result;
    }

    public int record(int input) {
        int result = 0;
        if (input > 0) {
            result += audit.size() + 0;
        }
        if (input > 1) {
            result += audit.size() + 1;
        }
        if (input > 2) {
            result += audit.size() + 2;
        }
        if (input > 3) {
            result += audit.size() + 3;
        }
        if (input > 4) {
            result += audit.size() + 4;
        }
        if (input > 5) {
            result += audit.size() + 5;
        }
        if (input > 6) {
            result += audit.size() + 6;
        }
        if (input > 7) {
            result += audit.size() + 7;
        }
        if (input > 8) {
            result += audit.size() + 8;
        }
        if (input > 9) {
            result += audit.size() + 9;
        }
        if (input > 10) {
            result += audit.size() + 10;
        }
        if (input > 11) {
            result += audit.size() + 11;
        }
        return result;
    }

    public int retry(int input) {
        int result = 0;
        if (input > 0) {
            result += log.size() + 0;
        }
        if (input > 1) {
            result += log.size() + 1;
        }
        if (input > 2) {
            result += log.size() + 2;
        }
        if (input > 3) {
            result += log.size() + 3;
        }
        if (input > 4) {
            result += log.size() + 4;
        }
        if (input > 5) {
            result += log.size() + 5;
        }
        if (input > 6) {
            result += log.size() + 6;
        }
        if (input > 7) {
            result += log.size() + 7;
        }
        if (input > 8) {
            result += log.size() + 8;
        }
        if (input > 9) {
            result += log.size() + 9;
        }
        if (input > 10) {
            result += log.size() + 10;
        }
        if (input > 11) {
            result += log.size() + 11;
        }
        return result;
    }
}
