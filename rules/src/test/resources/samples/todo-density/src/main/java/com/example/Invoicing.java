package com.example;

import java.math.BigDecimal;

public class Invoicing {

    // TODO round per line, not per invoice // expect: hygiene/todo-density
    BigDecimal total(BigDecimal net, BigDecimal rate) {
        // FIXME rate may be null for exempt customers
        return net.add(net.multiply(rate));
    }

    /**
     * Due date.
     * XXX ignores public holidays
     */
    int dueInDays(int terms) {
        return terms; // HACK: terms are already in days for now
    }
}
