package com.example.clinic.statement; // expect: history/change-coupling "with StatementPage.java: 6 shared commits"

import java.util.List;

/** What an owner owes and paid for one month: the data the CSV export and the statement page both show. */
public record Statement(String ownerId, String month, List<String> lines, long totalCents, long paidCents,
                        String currency) {

    public long dueCents() {
        return totalCents - paidCents;
    }

    public boolean settled() {
        return dueCents() <= 0;
    }
}
