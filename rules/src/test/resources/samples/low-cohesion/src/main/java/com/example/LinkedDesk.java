package com.example;

import java.util.ArrayList;
import java.util.List;

/** The same two jobs, but adding a line is audited: one group, cohesive enough. */
public class LinkedDesk {

    private final List<Long> amounts = new ArrayList<>();
    private final StringBuilder audit = new StringBuilder();
    private int auditEntries;

    public void addLine(long amount) {
        amounts.add(amount);
        record("added " + amount);
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
