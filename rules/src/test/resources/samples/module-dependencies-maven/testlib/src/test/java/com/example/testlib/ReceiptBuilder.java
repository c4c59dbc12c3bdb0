package com.example.testlib;

public final class ReceiptBuilder {
    public String build() {
        return "receipt";
    }
}
