package com.example;

import java.util.ArrayList;
import java.util.List;

/** Two jobs in one class: order lines and an audit log that never meet. */
public class OrderDesk { // expect: modularity/low-cohesion "{addLine, total} on amounts; {record, auditTrail} on audit, auditEntries."

    private final List<Long> amounts = new ArrayList<>();
    private final StringBuilder audit = new StringBuilder();
    private int auditEntries;

    public void addLine(long amount) {
        if (amount > 0) {
            amounts.add(amount);
        }
    }

    public long total() {
        long sum = 0;
        for (long amount : amounts) {
            sum += amount;
        }
        return sum;
    }

    public void record(String text) {
        audit.append(text).append('\n');
        auditEntries++;
    }

    public String auditTrail() {
        return auditEntries + " entries:\n" + audit;
    }
}
