package com.example.clinic.notify.email; // expect: history/change-coupling "with SmsNotifier.java: 6 shared commits"

import com.example.clinic.notify.Notifier;

/** Sends visit notices by email. */
public class EmailNotifier implements Notifier {

    @Override
    public void send(String ownerId, String text) {
        System.getLogger("email").log(System.Logger.Level.INFO, ownerId + ": " + text);
    }

    @Override
    public boolean reaches(String ownerId) {
        return !ownerId.isBlank();
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public int ratePerMinute() {
        return 60;
    }
}
