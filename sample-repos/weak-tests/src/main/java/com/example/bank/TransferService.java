package com.example.bank;

/** Moves money between accounts and notifies the holders. */
public class TransferService {

    private final Notifier notifier;

    public TransferService(Notifier notifier) {
        this.notifier = notifier;
    }

    public void transfer(Account from, Account to, long amount) {
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        from.withdraw(amount);
        to.deposit(amount);
        notifier.transferred(from, to, amount);
    }
}
