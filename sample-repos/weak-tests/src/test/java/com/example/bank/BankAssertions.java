package com.example.bank;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own assertion helper: tests that call it do check something. */
final class BankAssertions {

    private BankAssertions() {
    }

    static void assertBalance(Account account, long expected) {
        assertThat(account.balance()).as("balance of %s", account.id()).isEqualTo(expected);
    }
}
