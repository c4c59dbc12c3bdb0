package com.example;

import java.util.ArrayList;
import java.util.List;

/** Both a brain class and a god class: reported once, as a god class. */
public class BrainyOrderProcessor { // expect: modularity/god-class

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

    public int summarize(int input) {
        int result = 0;
        for (int i = 0; i < input; i++) {
            if (i % 2 == 0) {
                if (errors.size() > i) {
                    result += i;
                }
            }
        }
        if (input > 2) {
            result += 0;
        }
        if (input > 3) {
            result += 1;
        }
        if (input > 4) {
            result += 2;
        }
        if (input > 5) {
            result += 3;
        }
        if (input > 6) {
            result += 4;
        }
        if (input > 7) {
            result += 5;
        }
        if (input > 8) {
            result += 6;
        }
        if (input > 9) {
            result += 7;
        }
        result = result * 31 + errors.size() + 0;
        result = result * 31 + errors.size() + 1;
        result = result * 31 + errors.size() + 2;
        result = result * 31 + errors.size() + 3;
        result = result * 31 + errors.size() + 4;
        result = result * 31 + errors.size() + 5;
        result = result * 31 + errors.size() + 6;
        result = result * 31 + errors.size() + 7;
        result = result * 31 + errors.size() + 8;
        result = result * 31 + errors.size() + 9;
        result = result * 31 + errors.size() + 10;
        result = result * 31 + errors.size() + 11;
        result = result * 31 + errors.size() + 12;
        result = result * 31 + errors.size() + 13;
        result = result * 31 + errors.size() + 14;
        result = result * 31 + errors.size() + 15;
        result = result * 31 + errors.size() + 16;
        result = result * 31 + errors.size() + 17;
        result = result * 31 + errors.size() + 18;
        result = result * 31 + errors.size() + 19;
        result = result * 31 + errors.size() + 20;
        result = result * 31 + errors.size() + 21;
        result = result * 31 + errors.size() + 22;
        result = result * 31 + errors.size() + 23;
        result = result * 31 + errors.size() + 24;
        result = result * 31 + errors.size() + 25;
        result = result * 31 + errors.size() + 26;
        result = result * 31 + errors.size() + 27;
        result = result * 31 + errors.size() + 28;
        result = result * 31 + errors.size() + 29;
        result = result * 31 + errors.size() + 30;
        result = result * 31 + errors.size() + 31;
        result = result * 31 + errors.size() + 32;
        result = result * 31 + errors.size() + 33;
        result = result * 31 + errors.size() + 34;
        result = result * 31 + errors.size() + 35;
        result = result * 31 + errors.size() + 36;
        result = result * 31 + errors.size() + 37;
        result = result * 31 + errors.size() + 38;
        result = result * 31 + errors.size() + 39;
        result = result * 31 + errors.size() + 40;
        result = result * 31 + errors.size() + 41;
        result = result * 31 + errors.size() + 42;
        result = result * 31 + errors.size() + 43;
        result = result * 31 + errors.size() + 44;
        return result;
    }

    public int reconcile(int input) {
        int result = 0;
        for (int i = 0; i < input; i++) {
            if (i % 2 == 0) {
                if (audit.size() > i) {
                    result += i;
                }
            }
        }
        if (input > 2) {
            result += 0;
        }
        if (input > 3) {
            result += 1;
        }
        if (input > 4) {
            result += 2;
        }
        if (input > 5) {
            result += 3;
        }
        if (input > 6) {
            result += 4;
        }
        if (input > 7) {
            result += 5;
        }
        if (input > 8) {
            result += 6;
        }
        if (input > 9) {
            result += 7;
        }
        result = result * 31 + audit.size() + 0;
        result = result * 31 + audit.size() + 1;
        result = result * 31 + audit.size() + 2;
        result = result * 31 + audit.size() + 3;
        result = result * 31 + audit.size() + 4;
        result = result * 31 + audit.size() + 5;
        result = result * 31 + audit.size() + 6;
        result = result * 31 + audit.size() + 7;
        result = result * 31 + audit.size() + 8;
        result = result * 31 + audit.size() + 9;
        result = result * 31 + audit.size() + 10;
        result = result * 31 + audit.size() + 11;
        result = result * 31 + audit.size() + 12;
        result = result * 31 + audit.size() + 13;
        result = result * 31 + audit.size() + 14;
        result = result * 31 + audit.size() + 15;
        result = result * 31 + audit.size() + 16;
        result = result * 31 + audit.size() + 17;
        result = result * 31 + audit.size() + 18;
        result = result * 31 + audit.size() + 19;
        result = result * 31 + audit.size() + 20;
        result = result * 31 + audit.size() + 21;
        result = result * 31 + audit.size() + 22;
        result = result * 31 + audit.size() + 23;
        result = result * 31 + audit.size() + 24;
        result = result * 31 + audit.size() + 25;
        result = result * 31 + audit.size() + 26;
        result = result * 31 + audit.size() + 27;
        result = result * 31 + audit.size() + 28;
        result = result * 31 + audit.size() + 29;
        result = result * 31 + audit.size() + 30;
        result = result * 31 + audit.size() + 31;
        result = result * 31 + audit.size() + 32;
        result = result * 31 + audit.size() + 33;
        result = result * 31 + audit.size() + 34;
        result = result * 31 + audit.size() + 35;
        result = result * 31 + audit.size() + 36;
        result = result * 31 + audit.size() + 37;
        result = result * 31 + audit.size() + 38;
        result = result * 31 + audit.size() + 39;
        result = result * 31 + audit.size() + 40;
        result = result * 31 + audit.size() + 41;
        result = result * 31 + audit.size() + 42;
        result = result * 31 + audit.size() + 43;
        result = result * 31 + audit.size() + 44;
        return result;
    }
}
