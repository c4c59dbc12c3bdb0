package com.example.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void depositIncreasesTheBalance() {
        Account account = new Account("A-1", 100);
        account.deposit(50);
        assertThat(account.balance()).isEqualTo(150);
        assertThat(account.movements()).containsExactly(50L);
    }

    @Test
    void withdrawingTooMuchIsRejected() {
        Account account = new Account("A-1", 100);
        assertThrows(IllegalStateException.class, () -> account.withdraw(500));
    }

    @Test
    void withdrawalLowersTheBalance() {
        Account account = new Account("A-1", 100);
        account.withdraw(30);
        BankAssertions.assertBalance(account, 70);
    }

    @Test
    void openingAnAccount() {
        Account account = new Account("A-2", 0);
        assertNotNull(new Account("A-3", 0)); // expect: testing/tautological-assertion
        assertTrue(true); // expect: testing/tautological-assertion
        assertEquals(0, account.balance());
    }

    @Disabled
    @Test
    void depositOfZeroIsRejected() { // expect: testing/disabled-test-without-reason
        Account account = new Account("A-4", 0);
        assertThrows(IllegalArgumentException.class, () -> account.deposit(0));
    }

    @Disabled("negative opening balances are allowed until the overdraft feature lands, #31")
    @Test
    void negativeOpeningBalanceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Account("A-5", -1));
    }

    @Test
    void depositIsRecordedEventually() throws InterruptedException {
        Account account = new Account("A-6", 0);
        account.deposit(10);
        Thread.sleep(200); // expect: testing/sleepy-test
        assertThat(account.movements()).hasSize(1);
    }
}
