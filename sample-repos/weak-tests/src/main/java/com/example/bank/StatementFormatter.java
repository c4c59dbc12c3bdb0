package com.example.bank;

import java.util.StringJoiner;

/** Renders an account statement as text; no test touches it. */
public class StatementFormatter { // expect: testing/untested-class

    public String format(Account account) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("Statement for " + account.id());
        for (long movement : account.movements()) {
            lines.add((movement < 0 ? "debit  " : "credit ") + Math.abs(movement));
        }
        lines.add("Balance " + account.balance());
        return lines.toString();
    }
}
