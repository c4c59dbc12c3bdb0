package com.example.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;

class TransferServiceTest {

    private final Notifier notifier = mock(Notifier.class);
    private final TransferService service = new TransferService(notifier);

    @Test
    void transferMovesMoneyAndNotifies() {
        Account from = new Account("A-1", 100);
        Account to = new Account("A-2", 0);
        service.transfer(from, to, 40);
        verify(notifier).transferred(from, to, 40);
        assertThat(to.balance()).isEqualTo(40);
    }

    @Test
    void transferNotifies() { // expect: testing/mock-only-test
        Account from = new Account("A-1", 100);
        Account to = new Account("A-2", 0);
        service.transfer(from, to, 40);
        verify(notifier).transferred(from, to, 40);
    }

    @Test
    void failedTransferDoesNotNotify() {
        Account from = new Account("A-1", 10);
        Account to = new Account("A-2", 0);
        try {
            service.transfer(from, to, 40);
            // expect: testing/exception-swallowing-test
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
        verifyNoInteractions(notifier);
        assertThat(from.balance()).isEqualTo(10);
    }

    @Test
    void transferToItselfIsRejected() {
        Account account = new Account("A-1", 100);
        try {
            service.transfer(account, account, 10);
            org.junit.jupiter.api.Assertions.fail("a transfer to the same account must be rejected");
        } catch (IllegalArgumentException expected) {
            assertThat(expected).hasMessageContaining("same account");
        }
    }

    @Test
    void transferKeepsBalancesNonNegative() {
        Account from = new Account("A-1", 100);
        Account to = new Account("A-2", 0);
        service.transfer(from, to, 100);
        for (Account account : new Account[] {from, to}) {
            assertThat(account.balance()).isNotNegative();
        }
        if (from.balance() == 0) { // expect: testing/conditional-test-logic
            assertThat(to.balance()).isEqualTo(100);
        }
    }
}
