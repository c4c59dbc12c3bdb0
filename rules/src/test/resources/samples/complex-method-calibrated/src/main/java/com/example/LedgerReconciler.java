package com.example;

import java.util.List;
import java.util.Map;

public class LedgerReconciler {

    public record Entry(String id, String account, long cents, String currency, String memo, boolean reversed) {
    }

    /** Flat guard clauses: cognitive complexity 20, over Sonar's 15 but easy to read, so not reported. */
    public String validate(Entry entry) {
        if (entry == null || entry.id() == null) {
            return "missing entry";
        }
        if (entry.account() == null || entry.account().isBlank()) {
            return "missing account";
        }
        if (entry.cents() == 0 || entry.cents() == Long.MIN_VALUE) {
            return "no amount";
        }
        if (entry.currency() == null || entry.currency().length() != 3) {
            return "bad currency";
        }
        if (entry.memo() != null && entry.memo().length() > 140) {
            return "memo too long";
        }
        if (entry.reversed() && entry.cents() > 0) {
            return "reversal must be negative";
        }
        if (!entry.reversed() && entry.cents() < 0) {
            return "negative amount";
        }
        if (entry.id().startsWith("tmp-") || entry.id().startsWith("draft-")) {
            return "draft entry";
        }
        if (entry.account().startsWith("9") && entry.cents() > 1_000_000) {
            return "suspense account limit";
        }
        if (entry.currency().equals("XXX") || entry.currency().equals("XTS")) {
            return "test currency";
        }
        return "";
    }

    public int reconcile(List<Entry> entries, Map<String, Entry> bank) { // expect: modularity/complex-method
        int mismatches = 0;
        for (Entry entry : entries) {
            if (!entry.reversed()) {
                Entry booked = bank.get(entry.id());
                if (booked == null) {
                    for (Entry candidate : bank.values()) {
                        if (candidate.cents() == entry.cents()) {
                            if (candidate.account().equals(entry.account()) && candidate.currency().equals(entry.currency())) {
                                mismatches--;
                                break;
                            } else if (candidate.memo() != null) {
                                while (mismatches > 100) {
                                    mismatches -= 10;
                                }
                            }
                        }
                    }
                    mismatches++;
                } else if (booked.cents() != entry.cents()) {
                    mismatches++;
                } else {
                    try {
                        if (Long.parseLong(booked.account()) != Long.parseLong(entry.account())) {
                            mismatches++;
                        }
                    } catch (NumberFormatException notNumeric) {
                        mismatches += booked.account().equals(entry.account()) ? 0 : 1;
                    }
                }
            }
        }
        return mismatches;
    }
}
