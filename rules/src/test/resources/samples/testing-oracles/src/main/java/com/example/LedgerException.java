package com.example;

public class LedgerException extends RuntimeException {

    public LedgerException(String message) {
        super(message);
    }

    public String describe() {
        String text = getMessage();
        return text == null ? "" : text.strip();
    }
}
