package com.example.clinic.notify; // expect: history/change-coupling "with EmailNotifier.java" // expect: history/change-coupling "with SmsNotifier.java"

/** Tells an owner about a visit; each channel implements it. */
public interface Notifier {

    /** Sends {@code text} to the owner with this id. */
    void send(String ownerId, String text);

    /** Whether this channel can reach the owner now. */
    boolean reaches(String ownerId);

    /** The channel's name, for the audit log. */
    String channel();

    /** How many messages this channel may send per minute. */
    int ratePerMinute();
}
