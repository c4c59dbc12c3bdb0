package com.example.clinic.notify.sms;

import com.example.clinic.notify.Notifier;

/** Sends visit notices by sms. */
public class SmsNotifier implements Notifier {

    @Override
    public void send(String ownerId, String text) {
        System.getLogger("sms").log(System.Logger.Level.INFO, ownerId + ": " + text);
    }

    @Override
    public boolean reaches(String ownerId) {
        return !ownerId.isBlank();
    }

    @Override
    public String channel() {
        return "sms";
    }

    @Override
    public int ratePerMinute() {
        return 60;
    }
}
