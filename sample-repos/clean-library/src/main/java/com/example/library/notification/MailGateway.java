package com.example.library.notification;

/** Where mails leave the application. */
public interface MailGateway {

    void send(String recipient, String text);
}
