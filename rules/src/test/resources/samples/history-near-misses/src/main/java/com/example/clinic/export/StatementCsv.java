package com.example.clinic.export; // expect: history/change-coupling "6 shared commits" // expect: history/change-coupling "6 shared commits"

import com.example.clinic.statement.Statement;

/** Writes a statement as one CSV row for the accountants. */
public final class StatementCsv {

    private StatementCsv() {
    }

    public static String row(Statement statement) {
        return String.join(";", statement.ownerId(), statement.month(), String.valueOf(statement.totalCents()),
                String.valueOf(statement.paidCents()), String.valueOf(statement.dueCents()), statement.currency());
    }

    public static String header() {
        return "owner;month;total;paid;due;currency";
    }
}
