package com.example.bank;

import static org.testng.Assert.assertEquals;

import java.util.List;
import org.testng.annotations.Test;

public class AccountHistoryTest {

    @Test
    public void movementsAreRecordedInOrder() {
        Account account = new Account("A-7", 100);
        account.deposit(20);
        account.withdraw(5);
        assertEquals(account.movements(), List.of(20L, -5L), "movements");
    }

    @Test(enabled = false)
    public void movementsAreCapped() { // expect: testing/disabled-test-without-reason
        Account account = new Account("A-8", 0);
        account.deposit(1);
        assertEquals(account.movements().size(), 1, "one movement");
    }

    @Test
    public void historyOfANewAccount() {
        Account account = new Account("A-9", 0);
        List<Long> movements = account.movements();
        assertEquals(movements, movements); // expect: testing/tautological-assertion
        assertEquals(account.balance(), 0L, "balance");
    }
}
