package com.example.bank;

/** Tells account holders about money movements. */
public interface Notifier {

    void transferred(Account from, Account to, long amount);
}
