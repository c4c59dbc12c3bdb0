package com.example.app;

// testlib's test classes are no dependency anyone can declare without a test jar: the model lacks the real type
import com.example.testlib.ReceiptBuilder;

final class Receipts {
    String first() {
        return new ReceiptBuilder().build();
    }
}
